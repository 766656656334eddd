package io.serialscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Executor workload with a serial and a parallel phase per round, all real computation.
 *
 * <ul>
 *   <li>serial: a Metropolis-Hastings chain (each step depends on the previous one) estimates a
 *       parameter {@code theta} for the round;
 *   <li>parallel: {@code tasks} Monte-Carlo integration tasks, each drawing its own samples from a
 *       {@link SplittableRandom}, on a fixed pool of {@code threads} threads;
 *   <li>serial reduction: the main thread waits for the futures in order and combines the partial
 *       sums (Kahan summation) and sorts the per-task estimates to take their median.
 * </ul>
 *
 * <p>Usage: {@code MonteCarloPhases threads [rounds] [tasks]}; prints {@code elapsed_ms=...}.
 */
public final class MonteCarloPhases {
  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    double total = 0;
    try {
      double theta = 1.0;
      for (int r = 0; r < rounds; r++) {
        theta = metropolis(theta, r, 700_000);
        List<Future<double[]>> parts = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
          final long seed = 1_000L * r + t;
          final double th = theta;
          parts.add(pool.submit(() -> integrate(th, seed, 250_000)));
        }
        double sum = 0, comp = 0;
        double[] medians = new double[tasks];
        for (int t = 0; t < tasks; t++) {
          double[] p = parts.get(t).get();
          double y = p[0] - comp;
          double s = sum + y;
          comp = (s - sum) - y;
          sum = s;
          medians[t] = p[0] / p[1];
        }
        java.util.Arrays.sort(medians);
        total += sum + medians[tasks / 2];
      }
    } finally {
      pool.shutdown();
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("result=%.6f threads=%d elapsed_ms=%d%n", total, threads, elapsedMs);
  }

  /** A random-walk Metropolis chain on a bimodal log-density; returns the chain's mean. */
  static double metropolis(double start, long seed, int steps) {
    SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
    double x = start;
    double lp = logDensity(x);
    double mean = 0;
    for (int i = 0; i < steps; i++) {
      double y = x + (rnd.nextDouble() - 0.5) * 1.5;
      double ly = logDensity(y);
      if (Math.log(rnd.nextDouble()) < ly - lp) {
        x = y;
        lp = ly;
      }
      mean += (x - mean) / (i + 1);
    }
    return 0.5 + Math.abs(mean) * 0.1;
  }

  static double logDensity(double x) {
    return Math.log(Math.exp(-0.5 * (x - 2) * (x - 2)) + Math.exp(-0.5 * (x + 2) * (x + 2)));
  }

  /** Monte-Carlo estimate of E[exp(-theta * |X|) cos(X)], X ~ N(0,1) by Box-Muller. */
  static double[] integrate(double theta, long seed, int samples) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      double u1 = rnd.nextDouble(), u2 = rnd.nextDouble();
      double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      sum += Math.exp(-theta * Math.abs(z)) * Math.cos(z);
    }
    return new double[] {sum, samples};
  }
}
