package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.cli.workloads.JCudaWithoutDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JCuda on the class path: the real agent weaves JCuda's classes, and the program behaves exactly
 * as without the agent. On a machine without libcuda (this one, CI) JCuda cannot load its native
 * library: the tracer is off and the recording says why, once. On a machine with CUDA the tracer
 * starts instead, and says so once.
 */
class JCudaWithoutDriverTest {
  @TempDir Path dir;

  /** Exit code, stdout and stderr of one run. */
  record Run(int code, String out, String err) {}

  private Run run(boolean withAgent) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    if (withAgent) {
      cmd.add("-javaagent:" + ForkedJvm.AGENT_JAR + "=output=" + dir.resolve("recording.jfr"));
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(JCudaWithoutDriver.class.getName());
    Path out = dir.resolve(withAgent + ".out");
    Path err = dir.resolve(withAgent + ".err");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile()) // JCuda may unpack its native library into the working dir
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished (a hang is a deadlock)").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The JVM's one line about class-data sharing, printed because the agent is on the boot path. */
  private static String withoutSharingNotice(String err) {
    return err.lines()
        .filter(l -> !l.contains("Sharing is only supported for boot loader classes"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void programRunsUnchangedAndTheRecordingSaysWhyTheTracerIsOff() throws Exception {
    Run plain = run(false);
    Run traced = run(true);
    assertThat(traced.code()).isEqualTo(plain.code());
    assertThat(traced.out()).isEqualTo(plain.out());
    assertThat(withoutSharingNotice(traced.err())).isEqualTo(plain.err());

    List<RecordedEvent> statuses = new ArrayList<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(dir.resolve("recording.jfr"))) {
      if (e.getEventType().getName().equals("serialscope.GpuTracerStatus")) {
        statuses.add(e);
      }
    }
    assertThat(statuses).hasSize(1);
    RecordedEvent status = statuses.get(0);
    assertThat(status.getBoolean("jcudaFound")).isTrue();
    boolean cudaPresent = plain.code() == 0; // the program exits 3 when CUDA is unavailable
    assertThat(status.getBoolean("enabled")).isEqualTo(cudaPresent);
    if (!cudaPresent) {
      assertThat(plain.out()).startsWith("CUDA unavailable: java.lang.UnsatisfiedLinkError");
      assertThat(status.getString("reason"))
          .startsWith("JCuda could not load its native library")
          .contains("libcuda");
      assertThat(analyzedWarnings()).anyMatch(w -> w.startsWith("The GPU tracer was off: "));
    }
  }

  private List<String> analyzedWarnings() throws Exception {
    Path out = dir.resolve("analysis");
    int code =
        SerialscopeCommand.newCommandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(new StringWriter()))
            .execute("analyze", dir.resolve("recording.jfr").toString(), "--out", out.toString());
    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> warnings = new ArrayList<>();
    report.get("warnings").forEach(w -> warnings.add(w.asText()));
    return warnings;
  }
}
