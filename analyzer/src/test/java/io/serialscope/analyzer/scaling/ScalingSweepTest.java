package io.serialscope.analyzer.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Karp–Flatt and the USL fit on run times generated from known laws. */
class ScalingSweepTest {
  private static final double T1 = 2e9;

  /** T(p) of the USL with the given coefficients. */
  private static long uslTime(int p, double sigma, double kappa) {
    return Math.round(T1 * (1 + sigma * (p - 1) + kappa * p * (p - 1)) / p);
  }

  private static List<SweepRun> runs(int[] threads, long[] walls) {
    List<SweepRun> runs = new ArrayList<>();
    for (int i = 0; i < threads.length; i++) {
      runs.add(new SweepRun("run" + threads[i], threads[i], walls[i]));
    }
    return runs;
  }

  @Test
  void karpFlattRecoversAmdahlsSerialFractionAtEveryPoint() {
    int[] threads = {1, 2, 4, 8};
    long[] walls = new long[threads.length];
    for (int i = 0; i < threads.length; i++) {
      walls[i] = Math.round(1e9 * (0.1 + 0.9 / threads[i])); // Amdahl, s = 0.1
    }
    ScalingSweep sweep = ScalingSweep.of(runs(threads, walls), "test");

    assertThat(sweep.baseThreads()).isEqualTo(1);
    assertThat(sweep.points().get(0).karpFlatt()).isNaN();
    assertThat(sweep.points().get(3).speedup()).isCloseTo(1 / (0.1 + 0.9 / 8), within(1e-6));
    for (ScalingSweep.Point point : sweep.points().subList(1, 4)) {
      assertThat(point.karpFlatt()).as("e(%d)", point.threads()).isCloseTo(0.1, within(1e-6));
    }
    // Amdahl is the USL with κ = 0 and σ = s.
    assertThat(sweep.usl().sigma()).isCloseTo(0.1, within(1e-6));
    assertThat(sweep.usl().kappa()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void uslFitRecoversKnownContentionAndCoherency() {
    int[] threads = {1, 2, 4, 8, 16, 32};
    long[] walls = new long[threads.length];
    for (int i = 0; i < threads.length; i++) {
      walls[i] = uslTime(threads[i], 0.05, 0.002);
    }
    UslFit fit = ScalingSweep.of(runs(threads, walls), "test").usl();

    assertThat(fit.sigma()).isCloseTo(0.05, within(1e-6));
    assertThat(fit.kappa()).isCloseTo(0.002, within(1e-8));
    assertThat(fit.t1Nanos()).isCloseTo(T1, within(T1 * 1e-6));
    assertThat(fit.peakThreads()).isCloseTo(Math.sqrt(0.95 / 0.002), within(1e-3));
    // C(8)/C(1) = 8 / (1 + 0.35 + 0.112)
    assertThat(fit.speedup(8, 1)).isCloseTo(8 / 1.462, within(1e-6));
  }

  @Test
  void baseRunWithSeveralThreads() {
    int[] threads = {2, 4, 8, 16};
    long[] walls = new long[threads.length];
    for (int i = 0; i < threads.length; i++) {
      walls[i] = uslTime(threads[i], 0.08, 0.001);
    }
    ScalingSweep sweep = ScalingSweep.of(runs(threads, walls), "test");

    assertThat(sweep.baseThreads()).isEqualTo(2);
    assertThat(sweep.usl().sigma()).isCloseTo(0.08, within(1e-6));
    assertThat(sweep.usl().kappa()).isCloseTo(0.001, within(1e-8));
    // ψ(8) relative to the 2-thread run.
    assertThat(sweep.points().get(2).speedup())
        .isCloseTo((double) walls[0] / walls[2], within(1e-12));
  }

  @Test
  void karpFlattRelativeToABaseOfTwoThreads() {
    // 2 threads: 1 s; 4 threads: 0.6 s. ψ = 1/0.6, q = 2: e = (0.6 - 0.5) / 0.5 = 0.2.
    ScalingSweep sweep =
        ScalingSweep.of(runs(new int[] {4, 2}, new long[] {600_000_000L, 1_000_000_000L}), "t");
    assertThat(sweep.points().get(1).karpFlatt()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void twoThreadCountsFitContentionOnly() {
    // p·T: 1 s and 1.2 s, so σ = 0.2 exactly with κ = 0.
    UslFit fit = UslFit.fit(new int[] {1, 2}, new double[] {1e9, 0.6e9});
    assertThat(fit.sigma()).isCloseTo(0.2, within(1e-9));
    assertThat(fit.kappa()).isZero();
  }

  @Test
  void superlinearRunsClampCoefficientsAtZero() {
    // p·T falls (caches): the law allows no negative σ or κ, so both are 0: linear speedup.
    UslFit fit = UslFit.fit(new int[] {1, 2, 4}, new double[] {1e9, 0.4e9, 0.2e9});
    assertThat(fit.sigma()).isZero();
    assertThat(fit.kappa()).isZero();
    assertThat(fit.speedup(4, 1)).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void oneThreadCountHasNoFitAndDuplicatesAreRefused() {
    assertThat(UslFit.fit(new int[] {4}, new double[] {1e9})).isNull();
    assertThatThrownBy(() -> ScalingSweep.of(runs(new int[] {2, 2}, new long[] {1, 2}), "test"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
