package io.serialscope.samples;

import java.util.List;
import java.util.Optional;

/** The samples `serialscope demo` can run. */
public final class SampleCatalog {
  /**
   * A runnable sample.
   *
   * @param name what users type after {@code demo}
   * @param mainClass the class to run
   * @param description one line for {@code demo --list}
   * @param defaultArgs arguments the demo passes
   * @param includePattern the agent's {@code include=} value that labels its stages
   */
  public record Sample(
      String name,
      String mainClass,
      String description,
      List<String> defaultArgs,
      String includePattern) {}

  private static final List<Sample> ALL =
      List.of(
          new Sample(
              "training-loop",
              MlpTraining.class.getName(),
              "MLP training: parallel per-shard gradients on a thread pool, then a serial"
                  + " reduce/Adam/evaluation phase each step",
              List.of(),
              // Only the stages: a whole-package pattern would also label the per-sample helpers
              // (about a thousand calls a step) and drown the recording in label events.
              "io.serialscope.samples.Mlp#forward;io.serialscope.samples.Mlp#backward"
                  + ";io.serialscope.samples.AdamOptimizer#step"
                  + ";io.serialscope.samples.TrainingRun#reduceGradients"
                  + ";io.serialscope.samples.TrainingRun#evaluate"));

  private SampleCatalog() {}

  public static List<Sample> all() {
    return ALL;
  }

  public static Optional<Sample> find(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
