package io.serialscope.samples;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runnable sample "data-pipeline": a loader thread decodes image batches, an augmenter thread
 * flips, jitters and blurs them, and the main thread trains on them; the stages hand batches over
 * through bounded {@link BlockingQueue}s. Augmenting costs about four times as much as loading or
 * training (the {@code --blur-passes} knob sets it).
 *
 * <p>Expected finding: the pipeline is only as fast as its slowest stage, so the augment stage
 * ({@code Augmenter.run} and {@code Augmenter.augment}) carries most (over 80 %) of the critical
 * path and the parallelism is about (load + augment + train) / augment, near 1.5; a second
 * augmenter would help, more cores alone not.
 *
 * <p>Usage: {@code DataPipeline [--batches=1000] [--images=32] [--side=32] [--blur-passes=6]
 * [--seed=42]}.
 */
public final class DataPipeline {
  static final int QUEUE_CAPACITY = 4;
  static final String USAGE =
      "usage: DataPipeline [--batches=N] [--images=N] [--side=N] [--blur-passes=N] [--seed=N]";

  private DataPipeline() {}

  public static void main(String[] args) throws Exception {
    int batches;
    int images;
    int side;
    int blurPasses;
    int seed;
    try {
      SampleOptions options =
          SampleOptions.parse(
              USAGE,
              Map.of(
                  "batches", "1000",
                  "images", "32",
                  "side", "32",
                  "blur-passes", "6",
                  "seed", "42"),
              args);
      batches = options.integer("batches", 1, 10_000_000);
      images = options.integer("images", 1, 65536);
      side = options.integer("side", 4, 1024);
      blurPasses = options.integer("blur-passes", 0, 1000);
      seed = options.integer("seed", 0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("DataPipeline", e);
      return;
    }
    long start = System.nanoTime();
    BatchLoader loader = new BatchLoader(images, side, seed);
    Augmenter augmenter = new Augmenter(blurPasses, seed);
    PipelineTrainer trainer = new PipelineTrainer(side);
    BlockingQueue<ImageBatch> loaded = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    BlockingQueue<ImageBatch> augmented = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    AtomicLong loadNanos = new AtomicLong();
    AtomicLong augmentNanos = new AtomicLong();
    Thread loading = stage("loader", () -> loadNanos.set(loader.run(batches, loaded)));
    Thread augmenting =
        stage("augmenter", () -> augmentNanos.set(augmenter.run(loaded, augmented)));
    loading.start();
    augmenting.start();
    long trainNanos = trainer.run(augmented);
    loading.join();
    augmenting.join();
    System.out.println(
        "trained on "
            + batches
            + " batches of "
            + images
            + " "
            + side
            + "x"
            + side
            + " images; running accuracy "
            + SampleOutput.fixed(trainer.runningAccuracy(), 3));
    System.out.println(
        "cpu time per stage: load "
            + loadNanos.get() / 1_000_000
            + " ms, augment "
            + augmentNanos.get() / 1_000_000
            + " ms, train "
            + trainNanos / 1_000_000
            + " ms");
    System.out.println(SampleOutput.elapsed(start));
  }

  /** A stage's thread: runs {@code body} and ends quietly when interrupted. */
  private static Thread stage(String name, StageBody body) {
    return new Thread(
        () -> {
          try {
            body.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        name);
  }

  private interface StageBody {
    void run() throws InterruptedException;
  }
}
