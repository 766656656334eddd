package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.cli.workloads.SerialThenPool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code analyze} of one workload recorded on 1 and 2 threads ({@link SerialThenPool}). The
 * measured numbers are wall times of real runs on a shared, loaded machine, so this test checks the
 * wiring (the sweep's points, their Karp–Flatt values computed from the wall times the report
 * states, the fit, the page data, the errors); the arithmetic is checked on known answers in the
 * analyzer's ScalingSweepTest and SweepRunsTest.
 */
class AnalyzeSweepTest {
  @TempDir static Path dir;
  private static Path oneThread;
  private static Path twoThreads;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeAll
  static void record() throws Exception {
    oneThread =
        ForkedJvm.record(SerialThenPool.class, Files.createDirectory(dir.resolve("t1")), null, "1");
    twoThreads =
        ForkedJvm.record(SerialThenPool.class, Files.createDirectory(dir.resolve("t2")), null, "2");
  }

  private int run(String... args) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void sweepWritesMeasuredPointsKarpFlattAndTheFit() throws Exception {
    Path outDir = dir.resolve("sweep");
    int code =
        run(
            "analyze",
            twoThreads.toString(),
            oneThread.toString(),
            "--threads",
            "2,1",
            "--out",
            outDir.toString());
    assertThat(code).as(err.toString()).isZero();

    JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
    assertThat(report.get("source").asText()).isEqualTo(oneThread.toString()); // the base run
    JsonNode scaling = report.get("scaling");
    assertThat(scaling.get("threadRule").asText()).contains("--threads");
    assertThat(scaling.get("baseThreads").asInt()).isEqualTo(1);
    JsonNode one = scaling.get("points").get(0);
    JsonNode two = scaling.get("points").get(1);
    assertThat(one.get("source").asText()).isEqualTo(oneThread.toString());
    assertThat(two.get("threads").asInt()).isEqualTo(2);
    double psi = one.get("wallNanos").asDouble() / two.get("wallNanos").asDouble();
    assertThat(two.get("speedup").asDouble()).isCloseTo(psi, within(1e-9));
    assertThat(two.get("karpFlatt").asDouble()).isCloseTo((1 / psi - 0.5) / 0.5, within(1e-9));
    assertThat(one.get("karpFlatt").isNull()).isTrue();
    // Two thread counts fit one coefficient; its speedup curve starts at 1 on the base.
    assertThat(scaling.at("/usl/speedup/1").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(out.toString()).contains("scaling (").contains("USL fit: contention sigma");
    assertThat(Files.readString(outDir.resolve("report.html"))).contains("\"scaling\":{");
  }

  @Test
  void explicitThreadCountsMustMatchTheRecordings() {
    assertThat(
            run(
                "analyze",
                oneThread.toString(),
                twoThreads.toString(),
                "--threads",
                "1,2,4",
                "--out",
                dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("serialscope: 3 thread counts given for 2 recordings");
  }

  @Test
  void twoRecordingsWithTheSameThreadCountAskForThreads() {
    assertThat(
            run(
                "analyze",
                oneThread.toString(),
                oneThread.toString(),
                "--out",
                dir.resolve("y").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("give the counts with --threads").doesNotContain("\tat ");
  }
}
