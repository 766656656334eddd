package io.serialscope.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runnable sample "batch-inference": scores a large batch with a trained-looking MLP, one task per
 * chunk of the batch on a fixed thread pool; each task decodes its own inputs and runs the forward
 * pass, and the main thread only adds up the per-chunk class counts.
 *
 * <p>Expected finding: embarrassingly parallel, so the parallelism is close to the number of chunks
 * and the serial fraction is near 0 (more cores help until there is one per chunk).
 *
 * <p>Usage: {@code BatchInference [--chunks=16] [--chunk-size=12288] [--threads=N] [--seed=42]}.
 */
public final class BatchInference {
  static final int FEATURES = 64;
  static final int HIDDEN = 256;
  static final int CLASSES = 10;
  static final String USAGE =
      "usage: BatchInference [--chunks=N] [--chunk-size=N] [--threads=N] [--seed=N]";

  private BatchInference() {}

  public static void main(String[] args) throws Exception {
    SampleOptions options;
    int chunks;
    int chunkSize;
    int threads;
    int seed;
    try {
      options =
          SampleOptions.parse(
              USAGE,
              Map.of(
                  "chunks", "16",
                  "chunk-size", "12288",
                  "threads", String.valueOf(Runtime.getRuntime().availableProcessors()),
                  "seed", "42"),
              args);
      chunks = options.integer("chunks", 1, 4096);
      chunkSize = options.integer("chunk-size", 1, 1 << 20);
      threads = options.integer("threads", 1, 1024);
      seed = options.integer("seed", 0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("BatchInference", e);
      return;
    }
    long start = System.nanoTime();
    long[] classCounts =
        score(new Mlp(FEATURES, HIDDEN, CLASSES, seed), chunks, chunkSize, threads, seed);
    long scored = 0;
    for (long c : classCounts) {
      scored += c;
    }
    System.out.println(
        "scored "
            + scored
            + " samples in "
            + chunks
            + " chunks on "
            + threads
            + " threads; predicted classes "
            + Arrays.toString(classCounts));
    System.out.println(SampleOutput.elapsed(start));
  }

  /** One task per chunk; returns how many samples were assigned to each class. */
  static long[] score(Mlp model, int chunks, int chunkSize, int threads, long seed)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> futures = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        futures.add(pool.submit(new InferenceChunk(model, chunkSize, seed, c)));
      }
      long[] total = new long[CLASSES];
      for (Future<long[]> future : futures) {
        long[] counts = future.get();
        for (int k = 0; k < CLASSES; k++) {
          total[k] += counts[k];
        }
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }
}
