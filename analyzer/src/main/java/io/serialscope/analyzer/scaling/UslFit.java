package io.serialscope.analyzer.scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * Gunther's Universal Scalability Law fitted to measured run times: the capacity of {@code p}
 * threads is {@code C(p) = p / (1 + σ(p-1) + κ p(p-1))}, so a fixed amount of work takes {@code
 * T(p) = T1 (1 + σ(p-1) + κ p(p-1)) / p}.
 *
 * <p>The fit is linear least squares on {@code y = p·T(p) = a + b(p-1) + c·p(p-1)} with {@code a =
 * T1}, {@code b = σ·T1}, {@code c = κ·T1}. The law needs {@code σ, κ ≥ 0}; when the unconstrained
 * solution has a negative coefficient, the fits with that coefficient fixed at 0 are tried and the
 * feasible one with the least squared error is kept. Three distinct thread counts fit both
 * coefficients; two fit only one (the other is 0, whichever fits better).
 *
 * @param sigma contention (serialization), σ ≥ 0
 * @param kappa coherency (crosstalk), κ ≥ 0
 * @param t1Nanos the fitted time on one thread
 */
public record UslFit(double sigma, double kappa, double t1Nanos) {

  /** Fitted speedup of {@code p} threads over {@code base} threads: C(p) / C(base). */
  public double speedup(double p, double base) {
    return capacity(p) / capacity(base);
  }

  /** C(p) = p / (1 + σ(p-1) + κ p(p-1)). */
  public double capacity(double p) {
    return p / (1 + sigma * (p - 1) + kappa * p * (p - 1));
  }

  /** The thread count where capacity peaks, sqrt((1-σ)/κ); infinite when κ is 0. */
  public double peakThreads() {
    return kappa > 0 ? Math.sqrt(Math.max(0, 1 - sigma) / kappa) : Double.POSITIVE_INFINITY;
  }

  /**
   * Fits the law to {@code threads[i]} running for {@code wallNanos[i]}; null when fewer than two
   * distinct thread counts were measured (no fit is possible).
   */
  public static UslFit fit(int[] threads, double[] wallNanos) {
    long distinct = java.util.Arrays.stream(threads).distinct().count();
    if (distinct < 2 || threads.length != wallNanos.length) {
      return null;
    }
    // Columns: 1, (p-1), p(p-1). A candidate uses a subset of them; column 0 is always in.
    List<boolean[]> candidates = new ArrayList<>();
    if (distinct >= 3) {
      candidates.add(new boolean[] {true, true, true});
    }
    candidates.add(new boolean[] {true, true, false});
    candidates.add(new boolean[] {true, false, true});
    candidates.add(new boolean[] {true, false, false});
    UslFit best = null;
    double bestError = Double.POSITIVE_INFINITY;
    for (boolean[] used : candidates) {
      double[] coefficients = leastSquares(threads, wallNanos, used);
      if (coefficients == null
          || coefficients[0] <= 0
          || coefficients[1] < 0
          || coefficients[2] < 0) {
        continue;
      }
      double error = squaredError(threads, wallNanos, coefficients);
      if (error < bestError * (1 - 1e-12)) {
        bestError = error;
        best =
            new UslFit(
                coefficients[1] / coefficients[0],
                coefficients[2] / coefficients[0],
                coefficients[0]);
      }
    }
    return best;
  }

  private static double[] row(int p) {
    return new double[] {1, p - 1, (double) p * (p - 1)};
  }

  /** Normal equations on the used columns; unused coefficients are 0. Null when singular. */
  private static double[] leastSquares(int[] threads, double[] wall, boolean[] used) {
    int[] columns = java.util.stream.IntStream.range(0, 3).filter(i -> used[i]).toArray();
    int k = columns.length;
    double[][] m = new double[k][k + 1];
    for (int i = 0; i < threads.length; i++) {
      double[] x = row(threads[i]);
      double y = threads[i] * wall[i];
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) {
          m[r][c] += x[columns[r]] * x[columns[c]];
        }
        m[r][k] += x[columns[r]] * y;
      }
    }
    double[] solved = LinearSystem.solve(m);
    if (solved == null) {
      return null;
    }
    double[] coefficients = new double[3];
    for (int r = 0; r < k; r++) {
      coefficients[columns[r]] = solved[r];
    }
    return coefficients;
  }

  private static double squaredError(int[] threads, double[] wall, double[] coefficients) {
    double sum = 0;
    for (int i = 0; i < threads.length; i++) {
      double[] x = row(threads[i]);
      double predicted = coefficients[0] * x[0] + coefficients[1] * x[1] + coefficients[2] * x[2];
      double residual = threads[i] * wall[i] - predicted;
      sum += residual * residual;
    }
    return sum;
  }
}
