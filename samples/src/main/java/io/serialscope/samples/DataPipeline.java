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
 * <p>Expected finding: the pipeline is only as fast as its slowest stage, so {@code
 * Augmenter.augment} carries most (over 80 %) of the critical path and the parallelism is about
 * (load + augment + train) / augment, near 1.5; a second augmenter would help, more cores alone
 * not.
 *
 * <p>Usage: {@code DataPipeline [--batches=1200] [--images=32] [--side=32] [--blur-passes=6]
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
                  "batches", "1200",
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
    Thread loading =
        stage(
            "loader",
            loadNanos,
            () -> {
              for (int i = 0; i < batches; i++) {
                loaded.put(loader.load(i));
              }
              loaded.put(ImageBatch.END);
            });
    Thread augmenting =
        stage(
            "augmenter",
            augmentNanos,
            () -> {
              for (ImageBatch b = loaded.take(); b != ImageBatch.END; b = loaded.take()) {
                augmented.put(augmenter.augment(b));
              }
              augmented.put(ImageBatch.END);
            });
    loading.start();
    augmenting.start();
    long trainNanos = 0;
    for (ImageBatch b = augmented.take(); b != ImageBatch.END; b = augmented.take()) {
      long cpu = ThreadCpuClock.nanos();
      trainer.trainStep(b);
      trainNanos += ThreadCpuClock.nanos() - cpu;
    }
    loading.join();
    augmenting.join();
    System.out.printf(
        "trained on %d batches of %d %dx%d images; running accuracy %.3f%n",
        batches, images, side, side, trainer.runningAccuracy());
    System.out.printf(
        "cpu time per stage: load %d ms, augment %d ms, train %d ms%n",
        loadNanos.get() / 1_000_000, augmentNanos.get() / 1_000_000, trainNanos / 1_000_000);
    System.out.printf("elapsed %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  /** A stage's thread; its CPU time (waiting excluded) goes to {@code cpuNanos}. */
  private static Thread stage(String name, AtomicLong cpuNanos, StageBody body) {
    return new Thread(
        () -> {
          long cpu = ThreadCpuClock.nanos();
          try {
            body.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            cpuNanos.set(ThreadCpuClock.nanos() - cpu);
          }
        },
        name);
  }

  private interface StageBody {
    void run() throws InterruptedException;
  }
}
