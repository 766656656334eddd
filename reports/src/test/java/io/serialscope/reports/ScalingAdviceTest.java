package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.reports.ScalingAdvice.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingAdviceTest {
  @Test
  void serialBoundWhenFasterCoresHelpFarMoreThanMoreCores() {
    ScalingAdvice advice = ScalingAdvice.of(scenarios(1.3, 1.9, 1.0, 1.4));

    assertThat(advice.verdict()).isEqualTo(Verdict.SERIAL_BOUND);
    assertThat(advice.sentence())
        .isEqualTo(
            "2x cores -> 1.3x faster; 2x single-thread speed -> 1.9x faster;"
                + " unlimited cores -> 1.4x faster: this workload is serial-bound.");
  }

  @Test
  void parallelFriendlyWhenMoreCoresAreNearlyAsGoodAsFasterOnes() {
    ScalingAdvice advice = ScalingAdvice.of(scenarios(1.85, 2.0, 1.0, 12.5));

    assertThat(advice.verdict()).isEqualTo(Verdict.PARALLEL_FRIENDLY);
    assertThat(advice.sentence())
        .isEqualTo(
            "2x cores -> 1.9x faster; 2x single-thread speed -> 2.0x faster;"
                + " unlimited cores -> 12.5x faster: this workload is parallel-friendly.");
  }

  @Test
  void balancedInBetween() {
    assertThat(ScalingAdvice.of(scenarios(1.6, 2.0, 1.0, 3.0)).verdict())
        .isEqualTo(Verdict.BALANCED);
  }

  @Test
  void gpuBoundWhenAFasterGpuGainsMost() {
    ScalingAdvice advice = ScalingAdvice.of(scenarios(1.05, 1.2, 1.7, 1.1));

    assertThat(advice.verdict()).isEqualTo(Verdict.GPU_BOUND);
    assertThat(advice.sentence())
        .isEqualTo(
            "2x cores -> 1.05x faster; 2x single-thread speed -> 1.2x faster;"
                + " 2x GPU -> 1.7x faster; unlimited cores -> 1.1x faster:"
                + " this workload is GPU-bound.");
  }

  @Test
  void thresholdsAreInclusive() {
    assertThat(ScalingAdvice.verdict(0.75, 1.0, 0)).isEqualTo(Verdict.PARALLEL_FRIENDLY);
    assertThat(ScalingAdvice.verdict(0.74, 1.0, 0)).isEqualTo(Verdict.BALANCED);
    assertThat(ScalingAdvice.verdict(0.4, 1.0, 0)).isEqualTo(Verdict.SERIAL_BOUND);
    assertThat(ScalingAdvice.verdict(0.41, 1.0, 0)).isEqualTo(Verdict.BALANCED);
  }

  @Test
  void balancedWhenNothingHelps() {
    assertThat(ScalingAdvice.verdict(0, 0.005, 0)).isEqualTo(Verdict.BALANCED);
    assertThat(ScalingAdvice.of(scenarios(1.0, 1.0, 1.0, 1.0)).sentence())
        .isEqualTo(
            "2x cores -> no faster; 2x single-thread speed -> no faster;"
                + " unlimited cores -> no faster: this workload is balanced.");
  }

  @Test
  void saysSoWhenTheScenariosAreMissing() {
    ScalingAdvice advice = ScalingAdvice.of(List.of());

    assertThat(advice.verdict()).isEqualTo(Verdict.BALANCED);
    assertThat(advice.sentence())
        .isEqualTo("No what-if results for more or faster cores: no advice.");
  }

  @Test
  void speedupText() {
    assertThat(ScalingAdvice.speedupText(1.004)).isEqualTo("no faster");
    assertThat(ScalingAdvice.speedupText(0.9)).isEqualTo("no faster");
    assertThat(ScalingAdvice.speedupText(1.006)).isEqualTo("1.01x faster");
    assertThat(ScalingAdvice.speedupText(1.094)).isEqualTo("1.09x faster");
    assertThat(ScalingAdvice.speedupText(1.3)).isEqualTo("1.3x faster");
    assertThat(ScalingAdvice.speedupText(250)).isEqualTo("250x faster");
    assertThat(ScalingAdvice.speedupText(Double.NaN)).isEqualTo("unknown");
  }

  private static List<Analysis.WhatIf> scenarios(
      double moreCores, double fasterCores, double fasterGpu, double unlimited) {
    return List.of(
        whatIf("2x cores", moreCores),
        whatIf("4x cores", moreCores * 1.5),
        whatIf("2x single-thread speed", fasterCores),
        whatIf("2x GPU", fasterGpu),
        whatIf("unlimited cores", unlimited));
  }

  private static Analysis.WhatIf whatIf(String scenario, double speedup) {
    long baseline = 1_000_000_000L;
    long predicted = Math.round(baseline / speedup);
    return new Analysis.WhatIf(scenario, predicted, predicted, speedup);
  }
}
