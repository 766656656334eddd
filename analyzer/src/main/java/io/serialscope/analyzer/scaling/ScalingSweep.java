package io.serialscope.analyzer.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Measured scaling of one workload recorded at several thread counts.
 *
 * <p>Speedups are relative to the run with the fewest threads, the <em>base</em> ({@code p_b}
 * threads): {@code ψ(p) = T(p_b) / T(p)}. The Karp–Flatt experimentally determined serial fraction
 * is {@code e = (1/ψ - 1/q) / (1 - 1/q)} with {@code q = p / p_b}, the processor ratio to the base;
 * for {@code p_b = 1} this is the textbook formula. It is undefined (NaN) for the base itself. The
 * USL fit ({@link UslFit}) uses the absolute thread counts.
 *
 * @param baseThreads p_b
 * @param threadRule how the thread counts were found, one sentence
 * @param points the runs, fewest threads first
 * @param usl the fitted law, or null when fewer than two distinct thread counts were measured
 */
public record ScalingSweep(int baseThreads, String threadRule, List<Point> points, UslFit usl) {

  /**
   * One measured run.
   *
   * @param speedup ψ(p) over the base run
   * @param karpFlatt e(p); NaN for the base run
   */
  public record Point(
      String source, int threads, long wallNanos, double speedup, double karpFlatt) {}

  public ScalingSweep {
    points = List.copyOf(points);
  }

  /** Measures speedups and fits the law; the runs must have distinct thread counts. */
  public static ScalingSweep of(List<SweepRun> runs, String threadRule) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    List<SweepRun> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingInt(SweepRun::threads));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).threads() == sorted.get(i - 1).threads()) {
        throw new IllegalArgumentException("two runs have " + sorted.get(i).threads() + " threads");
      }
    }
    SweepRun base = sorted.get(0);
    List<Point> points = new ArrayList<>();
    int[] threads = new int[sorted.size()];
    double[] walls = new double[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      SweepRun run = sorted.get(i);
      double speedup = (double) base.wallNanos() / run.wallNanos();
      double q = (double) run.threads() / base.threads();
      points.add(
          new Point(run.source(), run.threads(), run.wallNanos(), speedup, karpFlatt(speedup, q)));
      threads[i] = run.threads();
      walls[i] = run.wallNanos();
    }
    return new ScalingSweep(base.threads(), threadRule, points, UslFit.fit(threads, walls));
  }

  /** e = (1/ψ - 1/q) / (1 - 1/q); NaN when q is 1 (no parallel resources added). */
  public static double karpFlatt(double speedup, double q) {
    if (q == 1) {
      return Double.NaN;
    }
    return (1 / speedup - 1 / q) / (1 - 1 / q);
  }
}
