package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Base: work 1000 ms, span 400 ms, s 0.2, critical path load 300 ms + step 100 ms. Current: work
 * 1200 ms, span 300 ms, s 0.1, load 100 ms + step 150 ms + eval 50 ms.
 */
class CompareCommandTest {
  private static final long MS = 1_000_000L;
  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;
  private Path base;
  private Path current;

  @BeforeEach
  void reports() throws Exception {
    out = new StringWriter();
    err = new StringWriter();
    Map<String, Long> before = new LinkedHashMap<>();
    before.put("load", 300 * MS);
    before.put("step", 100 * MS);
    Map<String, Long> after = new LinkedHashMap<>();
    after.put("load", 100 * MS);
    after.put("step", 150 * MS);
    after.put("eval", 50 * MS);
    base = HandMadeReports.write(dir, "base.json", 1000 * MS, 400 * MS, 0.2, before);
    current = HandMadeReports.write(dir, "current.json", 1200 * MS, 300 * MS, 0.1, after);
  }

  private int run(String... args) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void textShowsNumbersSideBySideAndLabelsThatMoved() {
    assertThat(run("compare", base.toString(), current.toString())).isZero();
    String text = out.toString();
    assertThat(text)
        .containsPattern("work\\s+1\\.000 s\\s+1\\.200 s\\s+\\+20\\.0 %")
        .containsPattern("span\\s+400\\.00 ms\\s+300\\.00 ms\\s+-25\\.0 %")
        .containsPattern("parallelism\\s+2\\.500\\s+4\\.000\\s+\\+60\\.0 %")
        .containsPattern("serial fraction\\s+0\\.200\\s+0\\.100\\s+-50\\.0 %")
        .containsPattern("S\\(4\\)\\s+2\\.500\\s+4\\.000\\s+\\+60\\.0 %");
    String grew = text.substring(text.indexOf("grew:"), text.indexOf("shrank:"));
    assertThat(grew).contains("+50.00 ms  step").contains("+50.00 ms  eval").doesNotContain("load");
    assertThat(text.substring(text.indexOf("shrank:"))).contains("-200.00 ms  load");
  }

  @Test
  void jsonHasTheSameNumbers() throws Exception {
    assertThat(run("compare", base.toString(), current.toString(), "--json")).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode span = root.get("metrics").get(1);
    assertThat(span.get("metric").asText()).isEqualTo("span");
    assertThat(span.get("base").asDouble()).isEqualTo(400.0 * MS);
    assertThat(span.get("current").asDouble()).isEqualTo(300.0 * MS);
    assertThat(span.get("changePercent").asDouble()).isCloseTo(-25.0, within(1e-9));
    assertThat(root.get("labelsShrunk").get(0).get("label").asText()).isEqualTo("load");
    assertThat(root.get("labelsShrunk").get(0).get("deltaNanos").asLong()).isEqualTo(-200 * MS);
    assertThat(root.get("labelsGrown")).hasSize(2);
  }

  @Test
  void corruptInputIsBadInput() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "[1, 2");
    assertThat(run("compare", base.toString(), broken.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("serialscope: ").contains("is not valid JSON");
    assertThat(err.toString()).doesNotContain("\tat ");
  }
}
