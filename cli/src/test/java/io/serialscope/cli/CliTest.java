package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.workloads.ExitWithCode;
import io.serialscope.cli.workloads.SerialThenParallel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as users meet it: exit codes, one clear stderr line, files written. */
class CliTest {
  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void writers() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void assertOneCleanErrorLine(String expected) {
    String text = err.toString();
    assertThat(text).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(text.lines().filter(l -> l.startsWith("serialscope: ")).count()).isEqualTo(1);
  }

  @Test
  void missingRecordingIsBadInput() {
    assertThat(run("analyze", dir.resolve("nope.jfr").toString())).isEqualTo(2);
    assertOneCleanErrorLine("no such recording");
  }

  @Test
  void emptyFileIsBadInput() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jfr"));
    assertThat(run("analyze", empty.toString())).isEqualTo(2);
    assertOneCleanErrorLine("is empty");
  }

  @Test
  void aFileThatIsNotJfrIsBadInput() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.jfr"), "these are not flight recordings\n");
    assertThat(run("analyze", text.toString())).isEqualTo(2);
    assertOneCleanErrorLine("is not a readable JFR recording");
  }

  @Test
  void aRecordingWithoutAgentEventsSaysSo() throws Exception {
    Path plain = dir.resolve("plain.jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ThreadStart");
      r.start();
      Thread t = new Thread(() -> {});
      t.start();
      t.join();
      r.stop();
      r.dump(plain);
    }
    assertThat(run("analyze", plain.toString())).isEqualTo(2);
    assertOneCleanErrorLine("has no serialscope events");
  }

  @Test
  void aTruncatedRecordingIsAnalyzedAsFarAsItGoesOrRefusedClearly() throws Exception {
    Path whole = ForkedJvm.record(SerialThenParallel.class, dir, null);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.jfr");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));

    int code = run("analyze", cut.toString(), "--out", dir.resolve("out").toString());

    if (code == 0) {
      assertThat(out.toString()).contains("damaged or truncated");
      assertThat(dir.resolve("out/report.json")).exists();
    } else {
      assertThat(code).isEqualTo(2);
      assertOneCleanErrorLine(cut.toString());
    }
  }

  @Test
  void unknownOptionIsBadUsage() {
    assertThat(run("analyze", "--frobnicate", "x.jfr")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option").doesNotContain("\tat ");
  }

  @Test
  void runWithoutACommandIsBadUsage() {
    assertThat(run("run", "--out", dir.toString())).isEqualTo(2);
    assertOneCleanErrorLine("no command to run");
  }

  @Test
  void runAnalyzesWhatWasRecordedWhenTheProgramFails() {
    Path outDir = dir.resolve("failing");
    int code =
        run(
            "run",
            "--out",
            outDir.toString(),
            "--",
            ProfiledRun.currentJava(),
            "-cp",
            System.getProperty("java.class.path"),
            ExitWithCode.class.getName());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("exited with code 3");
    assertThat(outDir.resolve("recording.jfr")).exists();
    assertThat(outDir.resolve("report.json")).exists();
    assertThat(outDir.resolve("report.html")).exists();
    assertThat(outDir.resolve("trace.json")).exists();
  }

  @Test
  void runWritesTheFourFilesAndASummary() {
    Path outDir = dir.resolve("ok");
    int code =
        run(
            "run",
            "--out",
            outDir.toString(),
            "--",
            ProfiledRun.currentJava(),
            "-cp",
            System.getProperty("java.class.path"),
            SerialThenParallel.class.getName());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("work", "span", "parallelism", "serial fraction", "4 cores");
    for (String f : new String[] {"recording.jfr", "report.json", "report.html", "trace.json"}) {
      assertThat(outDir.resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void agentPrintsAnExistingJar() {
    assertThat(run("agent")).isZero();
    Path jar = Path.of(out.toString().trim());
    assertThat(jar).isAbsolute().exists();
    assertThat(jar.getFileName().toString()).isEqualTo("serialscope-agent.jar");
  }

  @Test
  void demoListNamesTheTrainingLoop() {
    assertThat(run("demo", "--list")).isZero();
    assertThat(out.toString()).contains("training-loop");
  }

  @Test
  void unknownSampleIsBadInput() {
    assertThat(run("demo", "no-such-sample", "--out", dir.toString())).isEqualTo(2);
    assertOneCleanErrorLine("no sample named 'no-such-sample'");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "run", "analyze", "agent"}) {
      writers();
      assertThat(run(command, "--help")).isZero();
      assertThat(out.toString()).contains("Usage: serialscope " + command);
    }
  }
}
