package io.serialscope.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * @param libraryClassPath name of a resource beside this class listing, as a class path, the
   *     third-party jars the sample needs that no jar of ours carries (written at build time); null
   *     when it needs none
   */
  public record Sample(
      String name,
      String mainClass,
      String description,
      List<String> defaultArgs,
      String includePattern,
      String libraryClassPath) {
    public Sample(
        String name,
        String mainClass,
        String description,
        List<String> defaultArgs,
        String includePattern) {
      this(name, mainClass, description, defaultArgs, includePattern, null);
    }
  }

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
                  + ";io.serialscope.samples.TrainingRun#evaluate"),
          new Sample(
              "batch-inference",
              BatchInference.class.getName(),
              "MLP scoring of a large batch, one task per chunk: embarrassingly parallel",
              List.of(),
              "io.serialscope.samples.InferenceChunk#call"),
          new Sample(
              "recurrent",
              RecurrentSequence.class.getName(),
              "RNN over one long sequence, each step needs the previous state: inherently serial",
              List.of(),
              "io.serialscope.samples.RecurrentSequence#encode"),
          new Sample(
              "cellular-automaton",
              CellularAutomaton.class.getName(),
              "Lenia simulation: serial steps, each parallel over bands of cells",
              List.of(),
              "io.serialscope.samples.LeniaWorld#updateRows"),
          new Sample(
              "data-pipeline",
              DataPipeline.class.getName(),
              "loader -> augment -> train over blocking queues; augmenting is the slow stage",
              List.of(),
              // The stage loops and their work: time a stage spends between two batches (queue
              // hand-offs) is still that stage's.
              "io.serialscope.samples.BatchLoader#run;io.serialscope.samples.BatchLoader#load"
                  + ";io.serialscope.samples.Augmenter#run;io.serialscope.samples.Augmenter#augment"
                  + ";io.serialscope.samples.PipelineTrainer#run"
                  + ";io.serialscope.samples.PipelineTrainer#trainStep"),
          new Sample(
              "contended-model-update",
              ContendedModelUpdate.class.getName(),
              "workers updating shared parameters under one lock (-- --mode=hogwild: no lock)",
              List.of(),
              "io.serialscope.samples.UpdateWorker#train"
                  + ";io.serialscope.samples.SharedParameters#apply"),
          new Sample(
              "real-library",
              ForestTraining.class.getName(),
              "Smile RandomForest (unchanged library, from the local Maven repository)",
              List.of(),
              "io.serialscope.samples.ForestTraining#generate"
                  + ";io.serialscope.samples.ForestTraining#evaluate"
                  + ";smile.classification.RandomForest#fit",
              "real-library.classpath"));

  private SampleCatalog() {}

  public static List<Sample> all() {
    return ALL;
  }

  public static Optional<Sample> find(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The third-party jars {@code sample} needs on its class path, as this build found them; empty
   * when it needs none. The caller checks that they still exist.
   *
   * @throws IllegalStateException when the build did not write the list (a broken build)
   */
  public static List<Path> libraryJars(Sample sample) {
    if (sample.libraryClassPath() == null) {
      return List.of();
    }
    try (InputStream in = SampleCatalog.class.getResourceAsStream(sample.libraryClassPath())) {
      if (in == null) {
        throw new IllegalStateException(
            "this build lacks " + sample.libraryClassPath() + " (rebuild with mvn -B package)");
      }
      List<Path> jars = new ArrayList<>();
      for (String entry :
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .trim()
              .split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry.trim()));
        }
      }
      return jars;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + sample.libraryClassPath(), e);
    }
  }
}
