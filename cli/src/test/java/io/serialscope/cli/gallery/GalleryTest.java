package io.serialscope.cli.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.cli.gallery.GalleryJvm.Profiled;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each gallery sample, run smaller than its demo but with the same structure, under the real agent:
 * serialscope must find what the sample's Javadoc and {@code samples/README.md} promise. The bounds
 * are structural (parallelism against the known width, shares of the critical path), so they hold
 * on a loaded machine, where the analyzer counts CPU time rather than waiting time; each tolerance
 * says what it leaves room for.
 */
class GalleryTest {
  @TempDir Path dir;

  @Test
  void batchInferenceIsAsParallelAsItsChunkCount() throws Exception {
    int chunks = 8; // about 200 ms each: JVM start-up on the main thread stays a small share
    Analysis a =
        GalleryJvm.profile("batch-inference", dir, "--chunks=" + chunks, "--chunk-size=12288")
            .analysis();

    assertThat(a.parallelism()).isGreaterThan(0.8 * chunks).isLessThan(chunks * 1.05);
    assertThat(a.serialFraction()).isLessThan(0.1);
  }

  @Test
  void recurrentSequenceIsInherentlySerial() throws Exception {
    Analysis a = GalleryJvm.profile("recurrent", dir, "--steps=20000").analysis();

    assertThat(a.parallelism()).isLessThan(1.2);
    assertThat((double) a.spanNanos() / a.workNanos()).isGreaterThan(0.85);
    // no core count helps: the greedy schedule on 16 cores is no faster than on one
    assertThat(a.predictedSpeedup().get(16)).isLessThan(1.2);
  }

  @Test
  void cellularAutomatonIsAsWideAsItsBandCount() throws Exception {
    int bands = 8;
    Analysis a =
        GalleryJvm.profile(
                "cellular-automaton", dir, "--steps=60", "--bands=" + bands, "--threads=2")
            .analysis();

    // Below the width: the step's slowest band sets the pace, plus the per-step hand-over.
    assertThat(a.parallelism()).isBetween(0.6 * bands, 1.05 * bands);
    assertThat(a.serialFraction()).isLessThan(0.15);
  }

  @Test
  void dataPipelineIsAsSlowAsItsAugmentStage() throws Exception {
    Analysis a = GalleryJvm.profile("data-pipeline", dir, "--batches=400").analysis();
    Profiled p = new Profiled(a, "");

    assertThat(p.criticalPathShare("Augmenter.augment")).isGreaterThan(0.8);
    // three stages overlap, but no better than (load + augment + train) / augment allows
    assertThat(a.parallelism()).isBetween(1.1, 2.5);
  }

  @Test
  void lockedUpdatesAreSerializedAndHogwildOnesAreNot() throws Exception {
    int workers = 4;
    Profiled locked =
        GalleryJvm.profile(
            "contended-model-update",
            dir,
            "--mode=locked",
            "--iterations=600",
            "--workers=" + workers);
    double computePerUpdate = computePerUpdate(locked.output());
    Analysis hogwild =
        GalleryJvm.profile(
                "contended-model-update",
                dir.resolve("..").resolve(dir.getFileName() + "h"),
                "--mode=hogwild",
                "--iterations=600",
                "--workers=" + workers)
            .analysis();

    // Locked: every update waits for the previous one, and only the gradients overlap them.
    double saturatedLock = 1 + computePerUpdate;
    assertThat(locked.analysis().parallelism())
        .isBetween(0.75 * saturatedLock, 1.25 * saturatedLock)
        .isLessThan(0.6 * workers);
    assertThat(hogwild.parallelism()).isGreaterThan(0.75 * workers);
  }

  @Test
  void realLibraryTreesAreParallelTasksWithoutChangingSmile() throws Exception {
    Profiled p = GalleryJvm.profile("real-library", dir, "--trees=30", "--rows=3000");
    Analysis a = p.analysis();

    assertThat(p.output()).contains("Smile RandomForest: 30 trees");
    // Smile's trees run as fork-join tasks the agent sees on its own: real parallelism...
    assertThat(a.parallelism()).isGreaterThan(1.3);
    // ...bounded by serial work: data generation, Smile's preparation and the evaluation loop.
    assertThat(a.serialFraction()).isBetween(0.03, 0.7);
    assertThat(p.criticalPathShare("RandomForest.fit")).isGreaterThan(0.2);
  }

  @Test
  void trainingLoopSerialFractionGrowsAsTheBatchShrinks() throws Exception {
    Analysis large =
        GalleryJvm.profile("training-loop", dir, "--steps=150", "--batch=256").analysis();
    Path small = dir.resolve("small");
    java.nio.file.Files.createDirectories(small);
    Analysis tiny =
        GalleryJvm.profile("training-loop", small, "--steps=150", "--batch=32").analysis();

    // per step the serial reduce/Adam/evaluation costs the same; the parallel gradients shrink
    assertThat(tiny.serialFraction()).isGreaterThan(large.serialFraction() + 0.15);
    assertThat(tiny.parallelism()).isLessThan(large.parallelism());
  }

  private static double computePerUpdate(String output) {
    Matcher m = Pattern.compile("compute/update ([0-9.]+)").matcher(output);
    assertThat(m.find()).as("the sample reports its compute/update ratio: %s", output).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
