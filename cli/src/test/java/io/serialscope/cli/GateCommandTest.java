package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * Every exit path of {@code gate}, on hand-made reports whose numbers are known: work 1000 ms, span
 * 400 ms (parallelism 2.5, S(4) = 2.5), serial fraction 0.2 unless a test says otherwise.
 */
class GateCommandTest {
  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void writers() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int gate(String... args) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    GateCommand gate = cl.getSubcommands().get("gate").getCommand();
    gate.environment = env::get;
    gate.workingDirectory = dir;
    String[] full = new String[args.length + 1];
    full[0] = "gate";
    System.arraycopy(args, 0, full, 1, args.length);
    return cl.execute(full);
  }

  private String report(String name, long spanMillis, double s) throws Exception {
    return HandMadeReports.write(dir, name, spanMillis, s).toString();
  }

  private void assertOneCleanErrorLine(String expected) {
    String text = err.toString();
    assertThat(text).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(text.lines().filter(l -> l.startsWith("serialscope: ")).count()).isEqualTo(1);
  }

  @Test
  void passesWhenEveryThresholdHolds() throws Exception {
    int code =
        gate(
            report("r.json", 400, 0.2),
            "--max-serial-fraction",
            "0.25",
            "--min-parallelism",
            "2",
            "--min-speedup",
            "4=2.4",
            "--max-span",
            "500ms");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("## serialscope gate: passed")
        .contains("| metric | value | threshold | result |")
        .contains("| serial fraction | 0.200 | ≤ 0.250 | pass |")
        .contains("| parallelism | 2.50 | ≥ 2.00 | pass |")
        .contains("| S(4) | 2.50 | ≥ 2.40 | pass |")
        .contains("| span | 400.00 ms | ≤ 500.00 ms | pass |");
  }

  @Test
  void serialFractionAboveLimitFails() throws Exception {
    assertThat(gate(report("r.json", 400, 0.2), "--max-serial-fraction", "0.15")).isEqualTo(1);
    assertThat(out.toString()).contains("| serial fraction | 0.200 | ≤ 0.150 | **FAIL** |");
  }

  @Test
  void parallelismBelowLimitFails() throws Exception {
    assertThat(gate(report("r.json", 400, 0.2), "--min-parallelism", "3")).isEqualTo(1);
    assertThat(out.toString()).contains("| parallelism | 2.50 | ≥ 3.00 | **FAIL** |");
  }

  @Test
  void speedupBelowLimitFailsAndOnlyThatOne() throws Exception {
    int code = gate(report("r.json", 400, 0.2), "--min-speedup", "2=2", "--min-speedup", "8=3");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("| S(2) | 2.00 | ≥ 2.00 | pass |")
        .contains("| S(8) | 2.50 | ≥ 3.00 | **FAIL** |")
        .contains("FAILED (1 of 2)");
  }

  @Test
  void spanAboveLimitFails() throws Exception {
    assertThat(gate(report("r.json", 400, 0.2), "--max-span", "0.3s")).isEqualTo(1);
    assertThat(out.toString()).contains("| span | 400.00 ms | ≤ 300.00 ms | **FAIL** |");
  }

  @Test
  void regressionAgainstBaselineFails() throws Exception {
    String base = report("base.json", 400, 0.2);
    // span +25 %, work unchanged, serial fraction unchanged; allowed 10 %.
    int code = gate(report("now.json", 500, 0.2), "--baseline", base, "--max-regression", "10");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("| span regression | +25.0 % | ≤ +10.0 % (10.0 % + 0.0 % noise) | **FAIL** |")
        .contains("| work regression | +0.0 % |")
        .contains("| serial fraction regression | +0.0 % |");
  }

  @Test
  void smallRegressionWithinLimitPasses() throws Exception {
    String base = report("base.json", 400, 0.2);
    assertThat(gate(report("now.json", 420, 0.2), "--baseline", base, "--max-regression", "10%"))
        .isZero();
  }

  @Test
  void regressionWithinTheRunsMeasuredSpreadPasses() throws Exception {
    String base = report("base.json", 400, 0.2);
    // Three runs of one build: spans 400, 440, 480 ms. Median 440 (+10 % over the baseline),
    // spread (480-400)/440 = 18.2 %. With 5 % allowed, 10 % fails without noise tolerance...
    String a = report("a.json", 400, 0.2);
    String b = report("b.json", 440, 0.2);
    String c = report("c.json", 480, 0.2);
    assertThat(gate(a, b, c, "--baseline", base, "--max-regression", "5", "--noise", "0"))
        .isEqualTo(1);
    // ...and passes with the default tolerance, the measured spread.
    out = new StringWriter();
    assertThat(gate(a, b, c, "--baseline", base, "--max-regression", "5")).isZero();
    assertThat(out.toString())
        .contains("Inputs (median of 3)")
        .contains("| span regression | +10.0 % | ≤ +23.2 % (5.0 % + 18.2 % noise) | pass |");
  }

  @Test
  void medianIgnoresOneOutlierRun() throws Exception {
    String a = report("a.json", 400, 0.2);
    String b = report("b.json", 410, 0.2);
    String slow = report("slow.json", 2000, 0.2);
    assertThat(gate(a, b, slow, "--max-span", "450ms")).isZero();
    assertThat(out.toString()).contains("| span | 410.00 ms | ≤ 450.00 ms | pass |");
  }

  @Test
  void gatesARecordingDirectly() throws Exception {
    // SerialThenParallel: S(4) = 2.5 and s = 0.2 (EndToEndTest), so 2.0 passes and 3.0 fails.
    Path recording =
        ForkedJvm.record(
            io.serialscope.cli.workloads.SerialThenParallel.class,
            Files.createDirectory(dir.resolve("rec")),
            null);
    assertThat(gate(recording.toString(), "--min-speedup", "4=2.0", "--max-serial-fraction", "0.3"))
        .as(err.toString())
        .isZero();
    assertThat(gate(recording.toString(), "--min-speedup", "4=3.0")).isEqualTo(1);
  }

  @Test
  void helpRendersWithoutFormatWarnings() {
    // picocli treats descriptions as format strings and warns on System.err about a bare '%'.
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(gate("--help")).isZero();
    } finally {
      System.setErr(original);
    }
    assertThat(out.toString()).contains("e.g. 0.3 for 30 %.").contains("--min-speedup=P=X");
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void corruptBaselineIsBadInput() throws Exception {
    Path broken = Files.writeString(dir.resolve("base.json"), "{\"schemaVersion\": 1, \"work");
    assertThat(gate(report("r.json", 400, 0.2), "--baseline", broken.toString())).isEqualTo(2);
    assertOneCleanErrorLine("baseline unusable");
  }

  @Test
  void missingBaselineIsBadInput() throws Exception {
    String missing = dir.resolve("nope.json").toString();
    assertThat(gate(report("r.json", 400, 0.2), "--baseline", missing)).isEqualTo(2);
    assertOneCleanErrorLine("no such file");
  }

  @Test
  void reportOfAnotherSchemaIsBadInput() throws Exception {
    Path other = Files.writeString(dir.resolve("other.json"), "{\"schemaVersion\": 7}");
    assertThat(gate(other.toString(), "--max-span", "1s")).isEqualTo(2);
    assertOneCleanErrorLine("schemaVersion 1");
  }

  @Test
  void corruptRecordingIsBadInput() throws Exception {
    Path text = Files.writeString(dir.resolve("r.jfr"), "not a recording");
    assertThat(gate(text.toString(), "--max-span", "1s")).isEqualTo(2);
    assertOneCleanErrorLine("is not a readable JFR recording");
  }

  @Test
  void malformedThresholdsAreBadInput() throws Exception {
    String r = report("r.json", 400, 0.2);
    String[][] cases = {
      {"--max-span", "400"},
      {"--max-span", "fast"},
      {"--max-serial-fraction", "20"},
      {"--min-speedup", "four=2"},
      {"--min-speedup", "0=2"},
      {"--min-parallelism", "-1"},
      {"--max-regression", "ten", "--baseline", r},
      {"--max-regression", "10"},
      {"--min-speedup", "3=1.5"},
      {}
    };
    for (String[] thresholds : cases) {
      err = new StringWriter();
      String[] args = new String[thresholds.length + 1];
      args[0] = r;
      System.arraycopy(thresholds, 0, args, 1, thresholds.length);
      assertThat(gate(args)).as(String.join(" ", thresholds)).isEqualTo(2);
      assertThat(err.toString()).as(String.join(" ", thresholds)).startsWith("serialscope: ");
      assertThat(err.toString()).doesNotContain("\tat ");
    }
  }

  @Test
  void junitXmlParsesWithOneTestCasePerThresholdAndFailuresMarked() throws Exception {
    Path xml = dir.resolve("results/gate.xml");
    int code =
        gate(
            report("r.json", 400, 0.2),
            "--max-serial-fraction",
            "0.1",
            "--min-parallelism",
            "2",
            "--junit",
            xml.toString());
    assertThat(code).isEqualTo(1);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = doc.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("name")).isEqualTo("serial fraction ≤ 0.100");
    assertThat(first.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void stepSummaryIsAppendedWhenTheVariableIsSet() throws Exception {
    Path summary = Files.writeString(dir.resolve("summary.md"), "# earlier step\n");
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    assertThat(gate(report("r.json", 400, 0.2), "--max-serial-fraction", "0.3")).isZero();
    String written = Files.readString(summary, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# earlier step\n").contains("## serialscope gate: passed");
    assertThat(written).endsWith(out.toString());
  }

  @Test
  void thresholdsComeFromTheDefaultFileAndFlagsOverrideThem() throws Exception {
    Files.writeString(
        dir.resolve("serialscope-gate.yaml"),
        "maxSerialFraction: 0.1\nminSpeedup:\n  4: 2.0\nmaxSpan: 1s\n");
    String r = report("r.json", 400, 0.2);
    assertThat(gate(r)).isEqualTo(1); // 0.2 > 0.1 from the file
    assertThat(out.toString()).contains("| S(4) | 2.50 | ≥ 2.00 | pass |");
    out = new StringWriter();
    assertThat(gate(r, "--max-serial-fraction", "0.3")).isZero(); // the flag wins
  }

  @Test
  void jsonConfigFileWithBaselineRelativeToIt() throws Exception {
    report("base.json", 400, 0.2);
    Path config =
        Files.writeString(
            dir.resolve("gate.json"),
            "{\"baseline\": \"base.json\", \"maxRegressionPercent\": 10, \"noisePercent\": 0}");
    assertThat(gate(report("now.json", 460, 0.2), "--config", config.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("| span regression | +15.0 % |");
  }

  @Test
  void configFileWithUnknownKeyIsBadInput() throws Exception {
    Path config = Files.writeString(dir.resolve("gate.json"), "{\"maxSerialFractoin\": 0.2}");
    assertThat(gate(report("r.json", 400, 0.2), "--config", config.toString())).isEqualTo(2);
    assertOneCleanErrorLine("unknown threshold 'maxSerialFractoin'");
  }
}
