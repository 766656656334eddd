package io.serialscope.cli.groundtruth;

import io.serialscope.cli.ForkedJvm;
import java.io.IOException;
import java.nio.file.Path;

/** Runs a ground-truth workload in a fresh JVM under the real shaded agent (see ForkedJvm). */
public final class GroundTruthJvm {
  /** The agent jar the build embedded into the CLI (the shaded one users get). */
  public static final Path AGENT_JAR = ForkedJvm.AGENT_JAR;

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
    return ForkedJvm.record(mainClass, dir, null, java.util.List.of(jvmOptions));
  }
}
