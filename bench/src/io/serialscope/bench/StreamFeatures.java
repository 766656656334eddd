package io.serialscope.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Parallel-stream workload. Each round maps a parallel IntStream of items through a numeric kernel
 * (a short ODE integration per item, pure floating-point work) and then runs a serial step (a
 * dependent recurrence over the round's results that produces the next round's parameter).
 *
 * <p>The parallelism is set only by {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=N}.
 * The whole computation runs inside one task given to {@code ForkJoinPool.commonPool().execute}
 * (not {@code CompletableFuture.supplyAsync}: with parallelism 1 that runs on a new thread per task
 * instead of the pool, even when the common pool is passed explicitly); the main thread only waits
 * in {@code CompletableFuture.join()}, which does not help run pool tasks. A parallel stream started from the main
 * thread would also run elements on the main thread, so parallelism=1 would use two cores; started
 * from a pool worker it uses exactly the pool's workers. The program prints how many distinct
 * threads ran items.
 *
 * <p>Usage: {@code StreamFeatures [rounds] [items]}; prints {@code elapsed_ms=...}.
 */
public final class StreamFeatures {
  static final Map<String, LongAdder> ITEMS_BY_THREAD = new ConcurrentHashMap<>();

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    long start = System.nanoTime();
    CompletableFuture<Double> done = new CompletableFuture<>();
    ForkJoinPool.commonPool()
        .execute(
            () -> {
              try {
                done.complete(run(rounds, items));
              } catch (Throwable t) {
                done.completeExceptionally(t);
              }
            });
    double result = done.join();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "result=%.9f parallelism=%d threads_used=%d elapsed_ms=%d%n",
        result,
        ForkJoinPool.getCommonPoolParallelism(),
        ITEMS_BY_THREAD.size(),
        elapsedMs);
  }

  static double run(int rounds, int items) {
    double theta = 0.5;
    double acc = 0;
    for (int r = 0; r < rounds; r++) {
      final double th = theta;
      double[] features =
          IntStream.range(0, items)
              .parallel()
              .mapToDouble(
                  i -> {
                    ITEMS_BY_THREAD
                        .computeIfAbsent(Thread.currentThread().getName(), k -> new LongAdder())
                        .increment();
                    return kernel(th, i);
                  })
              .toArray();
      theta = serialStep(features, theta);
      acc += theta;
    }
    return acc;
  }

  /** Integrates a damped nonlinear oscillator with RK4; the item index sets the initial state. */
  static double kernel(double theta, int i) {
    double x = 0.1 + (i % 97) * 0.01;
    double v = theta;
    double h = 0.001;
    double c = 0.05 + (i % 13) * 0.001;
    for (int s = 0; s < 1500; s++) {
      double k1x = v, k1v = -c * v - Math.sin(x);
      double k2x = v + 0.5 * h * k1v, k2v = -c * k2x - Math.sin(x + 0.5 * h * k1x);
      double k3x = v + 0.5 * h * k2v, k3v = -c * k3x - Math.sin(x + 0.5 * h * k2x);
      double k4x = v + h * k3v, k4v = -c * k4x - Math.sin(x + h * k3x);
      x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
      v += h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
    }
    return x * x + v * v;
  }

  /** A dependent recurrence over the features (each step needs the previous one): serial. */
  static double serialStep(double[] features, double theta) {
    double s = theta;
    for (int pass = 0; pass < 60; pass++) {
      for (double f : features) {
        s = Math.sin(s * 1.3 + f) * 0.9 + Math.cos(s) * 0.1;
      }
    }
    return 0.25 + 0.5 * Math.abs(s);
  }
}
