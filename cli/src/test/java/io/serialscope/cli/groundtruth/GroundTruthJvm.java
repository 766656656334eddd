package io.serialscope.cli.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a ground-truth workload in a fresh JVM (the one running the tests) under the real shaded
 * agent, the jar the build embedded into the CLI, and returns the recording it wrote at exit.
 */
public final class GroundTruthJvm {
  /**
   * The agent jar users get; the cli module's package phase embeds it (tests run in {@code cli}).
   */
  public static final Path AGENT_JAR =
      Path.of("target", "classes", "io", "serialscope", "cli", "embedded", "serialscope-agent.jar")
          .toAbsolutePath();

  private GroundTruthJvm() {}

  /**
   * Runs {@code mainClass} with the agent and the given JVM options.
   *
   * @param dir where the recording and the JVM's output go
   * @param jvmOptions extra options placed before the class name (system properties)
   * @return the recording
   */
  static Path record(Class<?> mainClass, Path dir, String... jvmOptions)
      throws IOException, InterruptedException {
    assertThat(AGENT_JAR).as("agent jar embedded by the package phase").exists();
    Path recording = dir.resolve("recording.jfr");
    Path log = dir.resolve("jvm.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-javaagent:" + AGENT_JAR + "=output=" + recording);
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass.getName());
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    assertThat(finished).as("workload finished in time (a hang is a deadlock)").isTrue();
    assertThat(p.exitValue()).as("exit code; output: %s", Files.readString(log)).isZero();
    assertThat(recording)
        .as("recording written at exit; output: %s", Files.readString(log))
        .exists();
    return recording;
  }
}
