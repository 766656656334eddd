package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a class of the test class path in a fresh JVM under the real shaded agent. */
public final class ForkedJvm {
  /** The agent jar the build embedded into the CLI (the shaded one users get). */
  public static final Path AGENT_JAR =
      Path.of("target", "classes", "io", "serialscope", "cli", "embedded", EmbeddedJars.AGENT)
          .toAbsolutePath();

  private ForkedJvm() {}

  /** Runs {@code mainClass} with the agent; returns the recording it wrote. */
  static Path record(Class<?> mainClass, Path dir, String extraAgentOptions)
      throws IOException, InterruptedException {
    return record(mainClass, dir, extraAgentOptions, new String[0]);
  }

  /** {@link #record(Class, Path, String)} passing {@code args} to the main method. */
  static Path record(Class<?> mainClass, Path dir, String extraAgentOptions, String... args)
      throws IOException, InterruptedException {
    return record(mainClass, dir, extraAgentOptions, List.of(), args);
  }

  /**
   * Runs {@code mainClass} with the agent, {@code jvmOptions} (system properties, placed before the
   * class name) and {@code args}; returns the recording, after checking the JVM ended in time with
   * 0.
   */
  public static Path record(
      Class<?> mainClass,
      Path dir,
      String extraAgentOptions,
      List<String> jvmOptions,
      String... args)
      throws IOException, InterruptedException {
    assertThat(AGENT_JAR).as("agent jar built by the package phase of the agent module").exists();
    Path recording = dir.resolve("recording.jfr");
    Path log = dir.resolve("jvm.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.add(
        "-javaagent:"
            + AGENT_JAR
            + "=output="
            + recording
            + (extraAgentOptions == null ? "" : "," + extraAgentOptions));
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass.getName());
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String hung = ThreadDump.unlessEndedWithin(p, 120);
    assertThat(hung)
        .as("workload finished in time (a hang is a deadlock); its threads:%n%s", hung)
        .isNull();
    assertThat(p.exitValue()).as("exit code; output: %s", Files.readString(log)).isZero();
    assertThat(recording)
        .as("recording written at exit; output: %s", Files.readString(log))
        .exists();
    return recording;
  }
}
