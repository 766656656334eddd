package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.cli.workloads.KilledMidway;
import io.serialscope.cli.workloads.RunsOutOfMemory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A program that dies badly still leaves an analysis of what it did. */
class DataSurvivesTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int runProgram(Path outDir, String... programAndOptions) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] args = new String[programAndOptions.length + 5];
    args[0] = "run";
    args[1] = "--out";
    args[2] = outDir.toString();
    args[3] = "--";
    args[4] = ProfiledRun.currentJava();
    System.arraycopy(programAndOptions, 0, args, 5, programAndOptions.length);
    return cl.execute(args);
  }

  private static JsonNode report(Path outDir) throws Exception {
    return new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
  }

  @Test
  void aJvmKilledWithSigkillIsSalvagedFromItsJfrRepository() throws Exception {
    Path outDir = dir.resolve("killed");
    int code =
        runProgram(
            outDir, "-cp", System.getProperty("java.class.path"), KilledMidway.class.getName());

    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains("exited with code 137", "salvaged from");
    assertThat(err.toString()).doesNotContain("\tat ");
    JsonNode report = report(outDir);
    assertThat(report.get("partial").asBoolean()).isTrue();
    assertThat(report.get("counts").get("partial").asBoolean()).isTrue();
    // 20 rounds of 4 tasks of 20 ms ran before the kill: at least those tasks were salvaged
    assertThat(report.get("counts").get("segments").asInt()).isGreaterThanOrEqualTo(80);
    assertThat(report.get("workNanos").asLong()).isGreaterThan(80 * 20_000_000L * 9 / 10);
  }

  @Test
  void aJvmThatRanOutOfMemoryStillWritesItsRecording() throws Exception {
    Path outDir = dir.resolve("oom");
    int code =
        runProgram(
            outDir,
            "-Xmx48m",
            "-cp",
            System.getProperty("java.class.path"),
            RunsOutOfMemory.class.getName());

    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains("exited with code 1").doesNotContain("salvaged");
    assertThat(outDir.resolve("recording.jfr")).isNotEmptyFile();
    assertThat(outDir.resolve("jfr-repository")).doesNotExist();
    JsonNode report = report(outDir);
    assertThat(report.get("partial").asBoolean()).isFalse();
    // the 100 ms thread is in it
    assertThat(report.get("workNanos").asLong()).isGreaterThan(90_000_000L);
  }

  @Test
  void aJfrRepositoryDirectoryCanBeAnalyzedDirectly() throws Exception {
    Path outDir = dir.resolve("killed");
    runProgram(outDir, "-cp", System.getProperty("java.class.path"), KilledMidway.class.getName());
    Path again = dir.resolve("again");
    CommandLine cl = SerialscopeCommand.newCommandLine();
    StringWriter err2 = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err2, true));

    int code =
        cl.execute(
            "analyze", outDir.resolve("jfr-repository").toString(), "--out", again.toString());

    assertThat(code).as(err2.toString()).isZero();
    assertThat(report(again).get("partial").asBoolean()).isTrue();
    assertThat(Files.list(again)).isNotEmpty();
  }
}
