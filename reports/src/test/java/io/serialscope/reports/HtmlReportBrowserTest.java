package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.Analyzer;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
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
 * Opens report.html in a real headless Chromium, from disk, with no name resolving, and checks what
 * a person would see: every section present and non-empty, every chart drawn by ECharts, no error,
 * no policy violation, no request; and that a hostile thread name runs nothing. Needs Chromium:
 * {@code /usr/bin/chromium} or the executable named by the {@code CHROMIUM} environment variable.
 */
class HtmlReportBrowserTest {
  private static final long TIMEOUT_SECONDS = 120;

  /** A thread name that would run script if the page ever treated recorded text as markup. */
  static final String HOSTILE_LANE = "</script><img src=x onerror=alert(1)>";

  static final List<String> SECTIONS =
      List.of(
          "headline",
          "findings",
          "speedup",
          "parallelism",
          "timeline",
          "labels",
          "breakdown",
          "distributions",
          "flame",
          "segments",
          "warnings");

  static final List<String> CHARTS =
      List.of(
          "speedup-chart",
          "labels-chart",
          "sensitivity-chart",
          "profile-chart",
          "concurrency-chart",
          "timeline-chart",
          "flame-critical-chart",
          "flame-whole-chart");

  /**
   * Inserted right after the page's Content-Security-Policy (and allowed by it through its hash):
   * before anything else runs, counts alerts, uncaught errors, console errors and policy
   * violations.
   */
  private static final String EARLY_PROBE =
      """
      window.__probe = { alerts: 0, errors: [], violations: [] };
      window.alert = window.confirm = window.prompt = function () { window.__probe.alerts++; };
      window.addEventListener('error', function (e) { window.__probe.errors.push('' + e.message); });
      document.addEventListener('securitypolicyviolation', function (e) {
        window.__probe.violations.push(e.violatedDirective + ' ' + e.blockedURI);
      });
      (function (original) {
        console.error = function () {
          window.__probe.errors.push(Array.prototype.join.call(arguments, ' '));
          original.apply(console, arguments);
        };
      })(console.error);
      """;

  /**
   * Appended to the page: after load, records what the browser laid out and painted in a {@code
   * <pre id="probe">}, URI-encoded so that the dumped DOM carries it unchanged.
   */
  private static final String PROBE =
      """
      window.addEventListener('load', function () {
        setTimeout(function () {
          function box(id) {
            var el = document.getElementById(id);
            if (!el) { return null; }
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
          var result = { sections: {}, charts: {}, ink: {}, probe: window.__probe,
            resources: performance.getEntriesByType('resource').map(function (e) { return e.name; }),
            images: document.querySelectorAll('img').length };
          %s.forEach(function (id) { result.sections[id] = box(id); });
          %s.forEach(function (id) { result.charts[id] = box(id); result.ink[id] = inkedPixels(id); });
          ['work', 'advice'].forEach(function (id) { result.sections[id] = box(id); });
          var speedup = echarts.getInstanceByDom(document.getElementById('speedup-chart'));
          result.speedupSeries = speedup ? speedup.getOption().series.map(function (s) {
            return s.name + ':' + s.data.length;
          }) : [];
          var probe = document.createElement('pre');
          probe.id = 'probe';
          probe.textContent = encodeURIComponent(JSON.stringify(result));
          document.body.appendChild(probe);
        }, 500);
      });
      """
          .formatted(jsArray(SECTIONS), jsArray(CHARTS));

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
  void rendersEverySectionAndChartWithoutErrorsOrRequests(@TempDir Path temp) throws Exception {
    BrowserRun run = open(TestAnalyses.forwardBackward(HtmlReportTest.HOSTILE_LABEL), temp);

    String dom = run.dom;
    assertThat(dom)
        .as("dumped DOM; stderr:%n%s", run.stderr)
        .contains("data-charts-rendered=\"" + CHARTS.size() + "\"");
    for (String chart : CHARTS) {
      assertThat(between(dom, "id=\"" + chart + "\"", "</div>"))
          .contains("_echarts_instance_")
          .contains("<canvas");
    }
    assertThat(dom).doesNotContain("class=\"chart-error\"").doesNotContain("class=\"chart-empty\"");
    // The hostile label stayed data: no script of its own ran, and the page shows it as text.
    assertThat(dom).doesNotContain("<script>alert(1)");
    assertThat(run.stderr).doesNotContain("Uncaught").doesNotContain("Refused to");

    JsonNode probe = probe(dom);
    assertThat(probe.at("/probe/errors")).as("errors and console errors").isEmpty();
    assertThat(probe.at("/probe/violations")).as("Content-Security-Policy violations").isEmpty();
    assertThat(probe.get("resources")).as("resources the page requested").isEmpty();
    for (String section : SECTIONS) {
      JsonNode box = probe.at("/sections/" + section);
      assertVisible(box);
      assertThat(box.get("text").asText()).as(section).isNotBlank();
    }
    assertVisible(probe.at("/sections/work"));
    assertVisible(probe.at("/sections/advice"));
    assertThat(probe.at("/sections/work/text").asText()).isEqualTo("6.50 ms");
    assertThat(probe.at("/sections/headline/text").asText())
        .contains("4.50 ms")
        .contains("1.44")
        .contains("38.5%")
        .contains("this workload is serial-bound.");
    assertThat(probe.at("/sections/findings/text").asText())
        .contains("WARNING")
        .contains("of the critical path");
    for (String chart : CHARTS) {
      assertThat(probe.at("/charts/" + chart + "/height").asDouble()).as(chart).isGreaterThan(100);
      assertThat(probe.at("/ink/" + chart).asInt())
          .as("painted pixels of " + chart)
          .isGreaterThan(1000);
    }
  }

  @Test
  void aHostileThreadNameRunsNothing(@TempDir Path temp) throws Exception {
    BrowserRun run = open(TestAnalyses.forwardBackward("Mlp.forward", HOSTILE_LANE), temp);

    JsonNode probe = probe(run.dom);
    assertThat(probe.at("/probe/alerts").asInt()).as("alerts").isZero();
    assertThat(probe.get("images").asInt()).as("img elements").isZero();
    assertThat(probe.at("/probe/violations")).as("Content-Security-Policy violations").isEmpty();
    assertThat(probe.at("/probe/errors")).isEmpty();
    assertThat(probe.get("resources")).isEmpty();
    // Shown as text where threads are listed.
    assertThat(probe.at("/sections/breakdown/text").asText()).contains(HOSTILE_LANE);
    assertThat(run.dom).contains("data-charts-rendered=\"" + CHARTS.size() + "\"");
  }

  @Test
  void aThreadCountSweepDrawsMeasuredPointsAndTheUslCurve(@TempDir Path temp) throws Exception {
    ReportWriter.writeAll(
        TestAnalyses.forwardBackward("Mlp.forward"), temp, ScalingJsonTest.amdahlSweep());
    BrowserRun run = openWritten(temp);

    JsonNode probe = probe(run.dom);
    assertThat(probe.at("/probe/errors")).as("errors and console errors").isEmpty();
    assertThat(run.dom).contains("data-charts-rendered=\"" + CHARTS.size() + "\"");
    // 3 measured runs; the USL curve at 1, 2, 4, 8, 16 threads.
    assertThat(probe.get("speedupSeries").toString())
        .contains("Predicted:")
        .contains("Measured:3")
        .contains("USL fit:5");
    assertThat(probe.at("/ink/speedup-chart").asInt()).isGreaterThan(1000);
  }

  /**
   * After load, reads what the timeline draws over the whole recording, zooms the x axis to 500–510
   * ms, and reads it again.
   */
  private static final String ZOOM_PROBE =
      """
      window.addEventListener('load', function () {
        setTimeout(function () {
          var container = document.getElementById('timeline-chart');
          function drawn() {
            return { bars: +container.getAttribute('data-drawn-bars'),
                     segments: +container.getAttribute('data-drawn-segments') };
          }
          var result = { probe: window.__probe, whole: drawn() };
          var chart = echarts.getInstanceByDom(container);
          chart.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, startValue: 500, endValue: 510 });
          setTimeout(function () {
            result.zoomed = drawn();
            var zoom = chart.getOption().dataZoom[0];
            result.window = [zoom.startValue, zoom.endValue];
            var probe = document.createElement('pre');
            probe.id = 'probe';
            probe.textContent = encodeURIComponent(JSON.stringify(result));
            document.body.appendChild(probe);
          }, 1000);
        }, 500);
      });
      """;

  @Test
  void zoomingInSplitsMergedBarsBackIntoTheirSegments(@TempDir Path temp) throws Exception {
    // 50,000 segments of 10 us, one every 20 us, on one thread: 1 s. Over the whole second a
    // pixel holds about 33 of them; over 10 ms each is wider than a pixel.
    int segments = 50_000;
    SegmentGraphBuilder b = SegmentGraph.builder();
    int lane = b.addLane(new Lane("main", 1));
    for (int i = 0; i < segments; i++) {
      int s = b.addSegment(i * 20_000L, 10_000L, lane, i, "step");
      if (i > 0) {
        b.addEdge(s - 1, s, EdgeKind.SPAWN);
      }
    }
    Analysis analysis =
        Analyzer.analyze(
            "many.jfr",
            b.build(),
            new Analysis.Hardware(2, 1, "Test CPU", List.of()),
            List.of(),
            0);
    ReportWriter.writeAll(analysis, temp);

    JsonNode probe = probe(openWritten(temp, ZOOM_PROBE).dom);

    assertThat(probe.at("/probe/errors")).as("errors and console errors").isEmpty();
    // Zoomed out: every segment is drawn, merged into far fewer bars.
    assertThat(probe.at("/whole/segments").asInt()).isEqualTo(segments);
    assertThat(probe.at("/whole/bars").asInt()).isBetween(500, 5_000);
    // Zoomed in: the 500 segments starting in [500, 510) ms, plus the one that ends in it, each
    // its own bar again.
    assertThat(probe.at("/window/0").asDouble()).isCloseTo(500, within(1e-6));
    assertThat(probe.at("/window/1").asDouble()).isCloseTo(510, within(1e-6));
    assertThat(probe.at("/zoomed/bars").asInt()).isBetween(500, 501);
    assertThat(probe.at("/zoomed/segments").asInt()).isEqualTo(probe.at("/zoomed/bars").asInt());
  }

  /** Writes the reports, adds the probes to a copy of the page, and loads it in Chromium. */
  private static BrowserRun open(Analysis analysis, Path temp) throws Exception {
    ReportWriter.writeAll(analysis, temp);
    return openWritten(temp);
  }

  private static BrowserRun openWritten(Path temp) throws Exception {
    return openWritten(temp, PROBE);
  }

  /** Loads the written page with {@code lateProbe} appended, which must leave {@code #probe}. */
  private static BrowserRun openWritten(Path temp, String lateProbe) throws Exception {
    String page = Files.readString(temp.resolve("report.html"));
    // The probes are inline scripts: the copy's policy allows them by hash, as it does the page's.
    page =
        page.replaceFirst(
            "script-src ",
            "script-src " + HtmlReport.hash(EARLY_PROBE) + " " + HtmlReport.hash(lateProbe) + " ");
    int csp = page.indexOf('>', page.indexOf("Content-Security-Policy")) + 1;
    page = page.substring(0, csp) + "<script>" + EARLY_PROBE + "</script>" + page.substring(csp);
    // The last </body>: the inlined library has the string in its code, too.
    int end = page.lastIndexOf("</body>");
    Path probed = temp.resolve("probed.html");
    Files.writeString(
        probed,
        page.substring(0, end) + "<script>" + lateProbe + "</script>" + page.substring(end));
    return dumpDom(probed, temp.resolve("profile"));
  }

  private static String jsArray(List<String> ids) {
    return ids.stream()
        .map(id -> "'" + id + "'")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
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
            // No name resolves: a request leaving the file would fail (and is checked for).
            "--host-resolver-rules=MAP * ~NOTFOUND",
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
