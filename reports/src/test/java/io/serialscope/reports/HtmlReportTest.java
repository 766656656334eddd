package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final String HOSTILE_LABEL = "</script><script>alert(1)</script>\u2028<!--";

  private static final Pattern SCRIPT =
      Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  private static final Pattern ATTRIBUTE_REFERENCE =
      Pattern.compile(
          "\\s(?:src|href|srcset|action|poster|data|xlink:href)\\s*=\\s*[\"']?\\s*([^\"'\\s>]*)",
          Pattern.CASE_INSENSITIVE);

  @Test
  void showsTheHeadlineAsStaticHtml() throws IOException {
    String html = withoutScriptBodies(render(TestAnalyses.forwardBackward()));

    assertThat(html).contains("<div class=\"card-value\" id=\"work\">6.50 ms</div>");
    assertThat(html).contains("<div class=\"card-value\" id=\"span\">4.50 ms</div>");
    assertThat(html).contains("<div class=\"card-value\" id=\"parallelism\">1.44</div>");
    assertThat(html).contains("<div class=\"card-value\" id=\"serial-fraction\">38.5%</div>");
    assertThat(html)
        .contains(
            "2x cores -&gt; no faster; 2x single-thread speed -&gt; 2.0x faster;"
                + " unlimited cores -&gt; no faster: this workload is serial-bound.");
    assertThat(html).contains("class=\"advice verdict-serial-bound\"");
  }

  @Test
  void showsTheTablesAndWarnings() throws IOException {
    String html = withoutScriptBodies(render(TestAnalyses.forwardBackward()));

    // Amdahl at 16: 1 / (2.5/6.5 + (4/6.5)/16) = 2.36. Brent: 6.5 / (6.5/16 + 4.5) = 1.32 and
    // 6.5 / max(6.5/16, 4.5) = 1.44.
    assertThat(html)
        .contains(
            "<tr><td>16</td><td>1.44</td><td>2.36</td><td>1.32 – 1.44</td><td>16.00</td></tr>");
    assertThat(html)
        .contains(
            "<tr><td class=\"text label\">Mlp.forward</td><td>3.00 ms</td><td>66.7%</td></tr>");
    assertThat(html)
        .contains(
            "<tr><td class=\"text\">worker-1</td><td class=\"text label\">Mlp.forward</td>"
                + "<td class=\"text\">CPU</td><td>1.000</td><td>3.000</td></tr>");
    assertThat(html)
        .contains("<li>5 events were dropped &lt;because&gt; of a full buffer &amp; more.</li>");
    assertThat(html).doesNotContain("<p class=\"none\">None.</p>");
  }

  @Test
  void showsWhereASpeedupPaysAndTheTimeSpentWaitingForACore() throws IOException {
    String html = withoutScriptBodies(render(TestAnalyses.forwardBackward()));

    // Mlp.forward 50 % faster: 3.5 ms instead of 4.5 ms, 22.2 % less; removed: 1 + 2 + 0.5 ms
    assertThat(html)
        .contains(
            "<tr><td class=\"text label\">Mlp.forward</td><td>3.00 ms</td><td>3.50 ms</td>"
                + "<td>22.2%</td><td>3.50 ms</td></tr>");
    assertThat(html)
        .contains(
            "<tr><td class=\"text label\">main</td><td>2.00 ms</td><td>1.50 ms</td>"
                + "<td>500 µs</td></tr>");
    assertThat(html).contains("In all: 500 µs of 7.00 ms (7.1%).");
    assertThat(html).contains("<code>2x cores</code>");
  }

  @Test
  void needsNoNetwork() throws IOException {
    String html = render(TestAnalyses.forwardBackward());

    List<String> references = new ArrayList<>();
    Matcher tags = TAG.matcher(withoutScriptBodies(html));
    while (tags.find()) {
      Matcher attribute = ATTRIBUTE_REFERENCE.matcher(tags.group());
      while (attribute.find()) {
        if (!attribute.group(1).startsWith("#")) {
          references.add(attribute.group(1));
        }
      }
    }
    assertThat(references).isEmpty();
    String page = withoutScriptBodies(html);
    assertThat(page).doesNotContainPattern("(?i)<link\\b");
    assertThat(page).doesNotContainPattern("(?i)@import|url\\(");
    assertThat(html).contains("echarts.init").contains("Apache ECharts 5.3.1");
    // Three inline scripts: data, ECharts, the page's own; none loads anything.
    assertThat(scripts(html)).hasSize(3);
    for (String[] script : scripts(html)) {
      assertThat(script[0]).doesNotContainIgnoringCase("src");
    }
  }

  @Test
  void embedsTheDataOnceAndNoLabelCanBreakOutOfIt() throws IOException {
    Analysis analysis = TestAnalyses.forwardBackward(HOSTILE_LABEL);

    String html = render(analysis);

    List<String[]> scripts = scripts(html);
    assertThat(scripts).hasSize(3);
    assertThat(scripts.get(0)[0]).isEqualTo(" type=\"application/json\" id=\"report-data\"");
    String data = scripts.get(0)[1];
    assertThat(data).doesNotContain("<").doesNotContain("\u2028");
    assertThat(html).containsOnlyOnce("id=\"report-data\"");
    assertThat(withoutScriptBodies(html))
        .doesNotContain("alert(1)</script>")
        .doesNotContain("<script>alert");
    JsonNode json = new ObjectMapper().readTree(data);
    assertThat(json.at("/criticalPath/byLabel/0/label").asText()).isEqualTo(HOSTILE_LABEL);
    assertThat(json.at("/criticalPath/segments/1/label").asText()).isEqualTo(HOSTILE_LABEL);
    assertThat(json.get("workNanos").asLong()).isEqualTo(TestAnalyses.WORK);
    // In the tables the label is plain, escaped text.
    assertThat(withoutScriptBodies(html))
        .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void controlCharactersLineSeparatorsAndBrokenSurrogatesRenderAsText() throws IOException {
    for (String name :
        new String[] {"line\nbreak\u0001ctl", "sep\u2028arator", "broken \uD800 surrogate"}) {
      String html = render(TestAnalyses.forwardBackward(name, name));

      assertThat(html).doesNotContain("\u2028").doesNotContain("\u0001");
      JsonNode json = new ObjectMapper().readTree(scripts(html).get(0)[1]);
      assertThat(json.get("workNanos").asLong()).isEqualTo(TestAnalyses.WORK);
    }
  }

  @Test
  void saysWhenThereAreNoWarnings() throws IOException {
    Analysis a = TestAnalyses.forwardBackward();
    Analysis quiet =
        new Analysis(
            a.source(),
            a.graph(),
            a.workNanos(),
            a.spanNanos(),
            a.parallelism(),
            a.serialFraction(),
            a.criticalPath(),
            a.predictedSpeedup(),
            a.amdahlSpeedup(),
            a.criticalPathByLabel(),
            a.whatIf(),
            a.profile(),
            a.hardware(),
            a.counts(),
            List.of(),
            a.insights());

    assertThat(withoutScriptBodies(render(quiet))).contains("<p class=\"none\">None.</p>");
  }

  static String render(Analysis analysis) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(analysis, out);
    return out.toString();
  }

  /** Each script element as {attributes, body}, in document order. */
  private static List<String[]> scripts(String html) {
    List<String[]> scripts = new ArrayList<>();
    Matcher m = SCRIPT.matcher(html);
    while (m.find()) {
      scripts.add(new String[] {m.group(1), m.group(2)});
    }
    return scripts;
  }

  private static String withoutScriptBodies(String html) {
    return SCRIPT.matcher(html).replaceAll("<script$1></script>");
  }
}
