package io.serialscope.samples;

import java.util.List;
import java.util.Map;

/**
 * Runnable sample "contended-model-update": {@code --workers} threads train one shared linear
 * model; each computes a mini-batch gradient on its own (parallel), then applies an Adam step to
 * the shared parameters — under one lock ({@code --mode=locked}, the default) or without any
 * ({@code --mode=hogwild}).
 *
 * <p>Expected finding: locked, the workers are structurally parallel but the lock chains every
 * update after the previous one, so the parallelism is about 1 + compute / update (near 1.5 here)
 * whatever the worker count; Hogwild, nothing orders the workers and the parallelism is close to
 * the worker count.
 *
 * <p>Usage: {@code ContendedModelUpdate [--mode=locked|hogwild] [--workers=4] [--iterations=3000]
 * [--parameters=65536] [--mini-batch=1] [--seed=42]}.
 */
public final class ContendedModelUpdate {
  static final int SAMPLES_PER_WORKER = 16;
  static final String USAGE =
      "usage: ContendedModelUpdate [--mode=locked|hogwild] [--workers=N] [--iterations=N]"
          + " [--parameters=N] [--mini-batch=N] [--seed=N]";

  private ContendedModelUpdate() {}

  public static void main(String[] args) throws Exception {
    boolean locked;
    int workerCount;
    int iterations;
    int parameters;
    int miniBatch;
    int seed;
    try {
      SampleOptions options =
          SampleOptions.parse(
              USAGE,
              Map.of(
                  "mode", "locked",
                  "workers", "4",
                  "iterations", "3000",
                  "parameters", "65536",
                  "mini-batch", "1",
                  "seed", "42"),
              args);
      locked = options.choice("mode", List.of("locked", "hogwild")).equals("locked");
      workerCount = options.integer("workers", 1, 256);
      iterations = options.integer("iterations", 1, 10_000_000);
      parameters = options.integer("parameters", 1, 1 << 20);
      miniBatch = options.integer("mini-batch", 1, 4096);
      seed = options.integer("seed", 0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("ContendedModelUpdate", e);
      return;
    }
    long start = System.nanoTime();
    SharedParameters shared = new SharedParameters(parameters, locked);
    UpdateWorker[] workers = new UpdateWorker[workerCount];
    Thread[] threads = new Thread[workerCount];
    for (int w = 0; w < workerCount; w++) {
      workers[w] =
          new UpdateWorker(shared, SAMPLES_PER_WORKER, iterations, miniBatch, seed * 1000L + w);
      threads[w] = new Thread(workers[w], "worker-" + w);
    }
    for (Thread t : threads) {
      t.start();
    }
    long computeNanos = 0;
    long updateNanos = 0;
    for (int w = 0; w < workerCount; w++) {
      threads[w].join();
      computeNanos += workers[w].computeNanos;
      updateNanos += workers[w].updateNanos;
    }
    System.out.println(
        (locked ? "locked" : "hogwild")
            + ": "
            + workerCount
            + " workers x "
            + iterations
            + " updates of "
            + parameters
            + " parameters");
    System.out.println(
        "cpu time: gradients "
            + computeNanos / 1_000_000
            + " ms, updates "
            + updateNanos / 1_000_000
            + " ms; compute/update "
            + SampleOutput.fixed((double) computeNanos / Math.max(1, updateNanos), 3));
    System.out.println(SampleOutput.elapsed(start));
  }
}
