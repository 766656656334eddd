package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real headless Chromium, from disk, and checks what a person would see: the
 * headline, and both charts drawn by ECharts. Needs Chromium: {@code /usr/bin/chromium} or the
 * executable named by the {@code CHROMIUM} environment variable.
 */
class HtmlReportBrowserTest {
  private static final long TIMEOUT_SECONDS = 120;

  /**
   * Appended to a copy of the page: after load, records what the browser laid out and painted in a
   * {@code <pre id="probe">}, URI-encoded so that the dumped DOM carries it unchanged.
   */
  private static final String PROBE =
      """
      <script>
      window.addEventListener('load', function () {
        setTimeout(function () {
          function box(id) {
            var el = document.getElementById(id);
            var r = el.getBoundingClientRect();
            var style = getComputedStyle(el);
            return { width: r.width, height: r.height, display: style.display,
                     visibility: style.visibility, opacity: style.opacity, text: el.innerText };
          }
          function inkedPixels(id) {
            var canvas = document.querySelector('#' + id + ' canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) { return -1; }
            var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            var inked = 0;
            for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { inked++; } }
            return inked;
          }
          var probe = document.createElement('pre');
          probe.id = 'probe';
          probe.textContent = encodeURIComponent(JSON.stringify({
            headline: box('headline'), work: box('work'), advice: box('advice'),
            speedupChart: box('speedup-chart'), labelsChart: box('labels-chart'),
            speedupInk: inkedPixels('speedup-chart'), labelsInk: inkedPixels('labels-chart')
          }));
          document.body.appendChild(probe);
        }, 500);
      });
      </script>
      """;

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    String configured = System.getenv("CHROMIUM");
    Path candidate =
        Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(candidate)) {
      fail(
          "Chromium is needed to test report.html in a real browser but was not found at "
              + candidate
              + ". Install it (Debian: apt-get update && apt-get install -y chromium)"
              + " or point the CHROMIUM environment variable at a Chromium executable.");
    }
    chromium = candidate;
  }

  @Test
  void rendersTheHeadlineAndBothCharts(@TempDir Path temp) throws Exception {
    ReportWriter.writeAll(TestAnalyses.forwardBackward(HtmlReportTest.HOSTILE_LABEL), temp);
    String page = Files.readString(temp.resolve("report.html"));
    Path probed = temp.resolve("probed.html");
    // The last </body>: the inlined library has the string in its code, too.
    int end = page.lastIndexOf("</body>");
    Files.writeString(probed, page.substring(0, end) + PROBE + page.substring(end));

    BrowserRun run = dumpDom(probed, temp.resolve("profile"));

    String dom = run.dom;
    assertThat(dom)
        .as("dumped DOM; stderr:%n%s", run.stderr)
        .contains("data-charts-rendered=\"2\"");
    assertThat(between(dom, "id=\"speedup-chart\"", "id=\"speedup-table\""))
        .contains("_echarts_instance_")
        .contains("<canvas");
    assertThat(between(dom, "id=\"labels-chart\"", "id=\"labels-table\""))
        .contains("_echarts_instance_")
        .contains("<canvas");
    assertThat(dom).doesNotContain("class=\"chart-error\"");
    // The hostile label stayed data: no script of its own ran, and the page shows it as text.
    assertThat(dom).doesNotContain("<script>alert(1)");
    assertThat(run.stderr).doesNotContain("Uncaught");

    JsonNode probe = probe(dom);
    assertVisible(probe.get("headline"));
    assertVisible(probe.get("work"));
    assertVisible(probe.get("advice"));
    assertThat(probe.at("/work/text").asText()).isEqualTo("6.50 ms");
    assertThat(probe.at("/headline/text").asText())
        .contains("4.50 ms")
        .contains("1.44")
        .contains("38.5%")
        .contains("this workload is serial-bound.");
    assertThat(probe.at("/speedupChart/height").asDouble()).isGreaterThan(100);
    assertThat(probe.at("/labelsChart/height").asDouble()).isGreaterThan(100);
    assertThat(probe.get("speedupInk").asInt())
        .as("painted pixels of the speedup chart")
        .isGreaterThan(1000);
    assertThat(probe.get("labelsInk").asInt())
        .as("painted pixels of the label chart")
        .isGreaterThan(1000);
  }

  private static void assertVisible(JsonNode box) {
    assertThat(box.get("width").asDouble()).isGreaterThan(0);
    assertThat(box.get("height").asDouble()).isGreaterThan(0);
    assertThat(box.get("display").asText()).isNotEqualTo("none");
    assertThat(box.get("visibility").asText()).isEqualTo("visible");
    assertThat(box.get("opacity").asText()).isEqualTo("1");
  }

  private static JsonNode probe(String dom) throws IOException {
    Matcher m = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
    assertThat(m.find()).as("the probe ran and left its result in the DOM").isTrue();
    return new ObjectMapper().readTree(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    assertThat(start).as("%s in the DOM", from).isNotNegative();
    assertThat(end).as("%s after %s in the DOM", to, from).isGreaterThan(start);
    return text.substring(start, end);
  }

  private record BrowserRun(String dom, String stderr) {}

  private static BrowserRun dumpDom(Path page, Path profile) throws Exception {
    Path stdout = Files.createTempFile(profile.getParent(), "dom", ".html");
    Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".log");
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--window-size=1280,2000",
            "--user-data-dir=" + profile,
            "--virtual-time-budget=5000",
            "--dump-dom",
            page.toUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
    }
    String err = Files.readString(stderr);
    assertThat(process.exitValue()).as("Chromium exit status; stderr:%n%s", err).isZero();
    return new BrowserRun(Files.readString(stdout), err);
  }
}
