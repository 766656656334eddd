package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.PredictionCores;
import io.serialscope.analyzer.graph.GreedySchedule;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.SerialThenParallel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --what-if} as users meet it, and the what-if engine on a real recording. */
class WhatIfCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void assertOneCleanErrorLine(String expected) {
    String text = err.toString();
    assertThat(text).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(text.lines().count()).isEqualTo(1);
  }

  @Test
  void malformedSpecOnAnalyzeIsBadInput() {
    assertThat(run("analyze", "x.jfr", "--what-if", "cores=lots")).isEqualTo(2);
    assertOneCleanErrorLine("bad what-if spec 'cores=lots': cores needs a count >= 1");
  }

  @Test
  void malformedSpecOnRunFailsBeforeRunningAnything() {
    Path outDir = dir.resolve("never");
    int code =
        run(
            "run",
            "--out",
            outDir.toString(),
            "--what-if",
            "label=Mlp.forward",
            "--",
            ProfiledRun.currentJava(),
            "-version");
    assertThat(code).isEqualTo(2);
    assertOneCleanErrorLine("label needs NAME:FACTOR");
    assertThat(outDir.resolve("recording.jfr")).doesNotExist();
  }

  @Test
  void malformedSpecOnDemoIsBadInput() {
    assertThat(run("demo", "--out", dir.toString(), "--what-if", "ram=2x")).isEqualTo(2);
    assertOneCleanErrorLine("unknown key 'ram'");
  }

  @Test
  void recordedWorkloadWithUserScenarios() throws Exception {
    OnceMoreOnMiss.check(
        "recordedWorkloadWithUserScenarios",
        () -> {
          Path recording = ForkedJvm.record(SerialThenParallel.class, dir, null);
          Path outDir = dir.resolve("out");

          int code =
              run(
                  "analyze",
                  recording.toString(),
                  "--out",
                  outDir.toString(),
                  "--what-if",
                  "cores=8",
                  "--what-if",
                  "cores=unlimited,cpu=2x");

          assertThat(code).as(err.toString()).isZero();
          assertThat(out.toString()).contains("what-if          cores=8: span");
          JsonNode whatIf =
              new ObjectMapper().readTree(outDir.resolve("report.json").toFile()).get("whatIf");
          JsonNode last = whatIf.get(whatIf.size() - 1);
          assertThat(last.get("spec").asText()).isEqualTo("cores=unlimited,cpu=2x");
          // unlimited cores: the prediction is the span; CPU 2x halves the 600 ms span
          assertThat(last.get("predictedNanos").asLong()).isEqualTo(last.get("spanNanos").asLong());
          assertThat(last.get("spanNanos").asLong() / 1e6).isCloseTo(300, within(30.0));

          // an unknown label is refused with one line
          err.getBuffer().setLength(0);
          assertThat(
                  run(
                      "analyze",
                      recording.toString(),
                      "--out",
                      outDir.toString(),
                      "--what-if",
                      "label=NoSuch.label:2x"))
              .isEqualTo(2);
          assertOneCleanErrorLine("what-if label 'NoSuch.label' does not occur in the recording");
        });
  }

  @Test
  void twiceTheCoresOfARecordingIsItsGreedyPredictionAtTwiceTheCoreCount() throws Exception {
    Analysis a = RecordingAnalyzer.analyze(ForkedJvm.record(SerialThenParallel.class, dir, null));
    int cores = PredictionCores.of(a.hardware());

    Analysis.WhatIf twice = a.whatIf().get(0);
    assertThat(twice.scenario()).isEqualTo("2x cores");
    long atP = GreedySchedule.makespanNanos(a.graph(), cores);
    long at2P = GreedySchedule.makespanNanos(a.graph(), 2 * cores);
    assertThat(twice.predictedNanos()).isEqualTo(at2P);
    assertThat(twice.speedup()).isCloseTo((double) atP / at2P, within(1e-12));
    // the same as the ratio of the report's predicted speedups S(2P) / S(P)
    assertThat(twice.speedup())
        .isCloseTo(
            a.predictedSpeedup().get(2 * cores) / a.predictedSpeedup().get(cores), within(1e-9));
    // and it is the known structure's answer: 400 + 8 x 200 ms; on P = 2: 400 + 4 x 200 = 1200,
    // on 4: 400 + 2 x 200 = 800 ms; 10 % for JVM start-up and the agent
    if (cores == 2) {
      assertThat(twice.speedup()).isCloseTo(1.5, within(0.15));
    }
  }
}
