package io.serialscope.cli.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.LabelDistribution;
import io.serialscope.cli.OnceMoreOnMiss;
import io.serialscope.cli.gallery.GalleryJvm.Profiled;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each gallery sample, run smaller than its demo but with the same structure, under the real agent:
 * serialscope must find what the sample's Javadoc and {@code samples/README.md} promise. The bounds
 * are structural (parallelism against the known width, shares of the critical path), so they hold
 * on a loaded machine, where the analyzer counts CPU time rather than waiting time; each tolerance
 * says what it leaves room for. A miss is measured once more ({@link OnceMoreOnMiss}).
 */
class GalleryTest {
  @TempDir Path dir;

  @Test
  void batchInferenceIsAsParallelAsItsChunkCount() throws Exception {
    OnceMoreOnMiss.check(
        "batchInferenceIsAsParallelAsItsChunkCount",
        () -> {
          // Few, long chunks (about a second of CPU each), so that what the main thread does
          // between
          // submitting and collecting stays small beside one chunk.
          int chunks = 4;
          Profiled p =
              GalleryJvm.profile(
                  "batch-inference", dir, "--chunks=" + chunks, "--chunk-size=50000");
          Analysis a = p.analysis();

          assertThat(p.workloadParallelism()).isGreaterThan(0.8 * chunks).isLessThan(chunks * 1.05);
          // the whole run, JVM start-up and exit included
          assertThat(a.parallelism()).isGreaterThan(0.6 * chunks);
          assertThat(a.serialFraction()).isLessThan(0.15);
          // the chunks, plus the main thread between its last submission and its first wait
          assertThat(maxLevel(a)).isBetween(chunks, chunks + 1);
        });
  }

  @Test
  void recurrentSequenceIsInherentlySerial() throws Exception {
    OnceMoreOnMiss.check(
        "recurrentSequenceIsInherentlySerial",
        () -> {
          Analysis a = GalleryJvm.profile("recurrent", dir, "--steps=20000").analysis();

          assertThat(a.parallelism()).isLessThan(1.2);
          assertThat((double) a.spanNanos() / a.workNanos()).isGreaterThan(0.85);
          // no core count helps: the greedy schedule on 16 cores is no faster than on one
          assertThat(a.predictedSpeedup().get(16)).isLessThan(1.2);
        });
  }

  @Test
  void cellularAutomatonIsAsWideAsItsBandCount() throws Exception {
    OnceMoreOnMiss.check(
        "cellularAutomatonIsAsWideAsItsBandCount",
        () -> {
          int bands = 8;
          Profiled p =
              GalleryJvm.profile(
                  "cellular-automaton", dir, "--steps=150", "--bands=" + bands, "--threads=2");
          Analysis a = p.analysis();

          // The width is the band count; beside a step's bands run at most the main thread's
          // hand-over and a worker completing the future of a band it finished.
          assertThat(maxLevel(a)).isBetween(bands, bands + 2);
          // Below the width: each step waits for its slowest band (0.5 leaves room for bands slowed
          // by a busy machine beyond what the CPU-time correction repairs).
          assertThat(p.workloadParallelism()).isBetween(0.5 * bands, 1.05 * bands);
          assertThat(a.serialFraction()).isLessThan(0.15);
        });
  }

  @Test
  void dataPipelineIsAsSlowAsItsAugmentStage() throws Exception {
    OnceMoreOnMiss.check(
        "dataPipelineIsAsSlowAsItsAugmentStage",
        () -> {
          Profiled p = GalleryJvm.profile("data-pipeline", dir, "--batches=600");
          Analysis a = p.analysis();

          // the augment stage's loop and its work method: Augmenter.run and Augmenter.augment
          assertThat(p.workloadCriticalPathShare("Augmenter.")).isGreaterThan(0.8);
          // three stages overlap, but no better than (load + augment + train) / augment allows
          assertThat(a.parallelism()).isBetween(1.1, 2.5);
        });
  }

  @Test
  void lockedUpdatesAreSerializedAndHogwildOnesAreNot() throws Exception {
    OnceMoreOnMiss.check(
        "lockedUpdatesAreSerializedAndHogwildOnesAreNot",
        () -> {
          int workers = 4;
          Analysis locked =
              GalleryJvm.profile(
                      "contended-model-update",
                      dir,
                      "--mode=locked",
                      "--iterations=600",
                      "--workers=" + workers)
                  .analysis();
          Path hogwildDir = Files.createDirectories(dir.resolve("hogwild"));
          Profiled hogwild =
              GalleryJvm.profile(
                  "contended-model-update",
                  hogwildDir,
                  "--mode=hogwild",
                  // longer workers, so that start-up stays small beside them (see batch inference)
                  "--iterations=3000",
                  "--workers=" + workers);

          // Locked: the lock orders every update after the previous one, and only the gradients
          // (computed outside the lock) overlap that chain: parallelism about 1 + gradients /
          // updates whatever the worker count, and never more than work / updates, since every
          // update lies on one chain (span >= their sum; 5 % for the few microseconds of each
          // apply() before its lock). The workers' data generation before their first update
          // runs beside the chain too, which puts the parallelism between the two (from 1.4 to
          // 1.65 times the first on this machine, JDK 17 and 25).
          double updates = labelWork(locked, "SharedParameters.apply");
          double saturatedLock = 1 + labelWork(locked, "UpdateWorker.train") / updates;
          assertThat(locked.parallelism())
              .isGreaterThan(0.75 * saturatedLock)
              .isLessThan(1.05 * locked.workNanos() / updates)
              .isLessThan(0.75 * workers);
          // Hogwild: nothing orders the workers.
          assertThat(hogwild.workloadParallelism()).isGreaterThan(0.75 * workers);
          assertThat(hogwild.analysis().parallelism()).isGreaterThan(1.2 * locked.parallelism());
        });
  }

  @Test
  void realLibraryTreesAreParallelTasksWithoutChangingSmile() throws Exception {
    OnceMoreOnMiss.check(
        "realLibraryTreesAreParallelTasksWithoutChangingSmile",
        () -> {
          Profiled p = GalleryJvm.profile("real-library", dir, "--trees=30", "--rows=3000");
          Analysis a = p.analysis();

          assertThat(p.output()).contains("Smile RandomForest: 30 trees");
          // Smile's trees run as tasks of a parallel stream, which the agent sees with no change to
          // Smile: they overlap in the graph, and the parallelism is real...
          assertThat(maxLevel(a)).isGreaterThanOrEqualTo(2);
          assertThat(a.parallelism()).isGreaterThan(1.3);
          // ...but bounded by serial work: the sample's data generation and row-by-row evaluation
          // (labelled ForestTraining.*) sit on the critical path, beside Smile's own serial parts.
          assertThat(a.serialFraction()).isBetween(0.03, 0.7);
          assertThat(p.criticalPathShare("ForestTraining.")).isGreaterThan(0.1);
        });
  }

  @Test
  void trainingLoopSerialFractionGrowsAsTheBatchShrinks() throws Exception {
    OnceMoreOnMiss.check(
        "trainingLoopSerialFractionGrowsAsTheBatchShrinks",
        () -> {
          Profiled large = GalleryJvm.profile("training-loop", dir, "--steps=150", "--batch=256");
          Path small = Files.createDirectories(dir.resolve("small"));
          Profiled tiny = GalleryJvm.profile("training-loop", small, "--steps=150", "--batch=32");

          // Per step the serial reduce/Adam/evaluation costs the same; the parallel gradients
          // shrink
          // eightfold (the sample's own CPU accounting: serial share about 20 % at 256, 55 % at
          // 32).
          // Start-up and data generation are left out: on a slow machine they outweigh the steps.
          assertThat(tiny.workloadSerialFraction())
              .isGreaterThan(large.workloadSerialFraction() + 0.15);
          assertThat(tiny.workloadParallelism()).isLessThan(large.workloadParallelism());
        });
  }

  /** The most segments the ASAP schedule ever runs at once: the graph's width. */
  private static int maxLevel(Analysis a) {
    int max = 0;
    for (int level : a.profile().levels()) {
      max = Math.max(max, level);
    }
    return max;
  }

  /** Work (ns) of the segments parts labelled {@code label}, from the label distributions. */
  private static double labelWork(Analysis a, String label) {
    return a.insights().labelDistributions().stream()
        .filter(d -> d.label().equals(label))
        .mapToDouble(LabelDistribution::totalNanos)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no label " + label + " in the recording"));
  }
}
