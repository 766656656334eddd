package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline "serial-scaling advice": one sentence saying which hardware change would make the
 * recorded workload faster, e.g. {@code "2x cores -> 1.3x faster; 2x single-thread speed -> 1.9x
 * faster; unlimited cores -> 1.4x faster: this workload is serial-bound."}
 *
 * <p>The verdict compares the gain of doubling the cores, {@code gc = S(2x cores) - 1}, with the
 * gain of doubling single-thread speed, {@code gt = S(2x single-thread speed) - 1}. A faster core
 * speeds up every CPU segment, so {@code gt} is the most a CPU change of factor 2 can give, and
 * {@code gc / gt} says how much of it parallel hardware recovers:
 *
 * <ul>
 *   <li><b>GPU-bound</b> when {@code 2x GPU} gains at least {@value #MIN_GAIN} and more than both
 *       CPU changes;
 *   <li><b>parallel-friendly</b> when {@code gc >= 0.75 gt} (more cores is nearly as good as faster
 *       cores);
 *   <li><b>serial-bound</b> when {@code gc <= 0.4 gt} (more cores recovers at most 40 % of what
 *       faster cores would give: the dependency chains, not the core count, set the pace);
 *   <li><b>balanced</b> otherwise, and whenever neither CPU change gains {@value #MIN_GAIN}.
 * </ul>
 *
 * @param verdict what limits the workload
 * @param sentence the advice, one sentence ending with a full stop
 */
public record ScalingAdvice(Verdict verdict, String sentence) {
  /** Scenario names as the analyzer's what-if computation spells them. */
  static final String MORE_CORES = "2x cores";

  static final String FASTER_CORES = "2x single-thread speed";
  static final String FASTER_GPU = "2x GPU";
  static final String UNLIMITED_CORES = "unlimited cores";

  /** Gains below this (1 %) are treated as no gain at all. */
  static final double MIN_GAIN = 0.01;

  static final double PARALLEL_FRIENDLY_RATIO = 0.75;
  static final double SERIAL_BOUND_RATIO = 0.4;

  /** What limits the workload, as the advice sentence names it. */
  public enum Verdict {
    SERIAL_BOUND("serial-bound"),
    PARALLEL_FRIENDLY("parallel-friendly"),
    BALANCED("balanced"),
    GPU_BOUND("GPU-bound");

    private final String displayName;

    Verdict(String displayName) {
      this.displayName = displayName;
    }

    /** The words used in reports, e.g. {@code "serial-bound"}. */
    public String displayName() {
      return displayName;
    }
  }

  /** The advice for an analysis' what-if results. */
  public static ScalingAdvice of(Analysis analysis) {
    return of(analysis.whatIf());
  }

  /**
   * The advice for what-if results. Scenarios other than 2x cores, 2x single-thread speed, 2x GPU
   * and unlimited cores are ignored; the GPU clause appears only when a faster GPU would gain
   * something.
   */
  public static ScalingAdvice of(List<Analysis.WhatIf> whatIf) {
    Analysis.WhatIf moreCores = find(whatIf, MORE_CORES);
    Analysis.WhatIf fasterCores = find(whatIf, FASTER_CORES);
    Analysis.WhatIf fasterGpu = find(whatIf, FASTER_GPU);
    Analysis.WhatIf unlimited = find(whatIf, UNLIMITED_CORES);
    if (moreCores == null || fasterCores == null) {
      return new ScalingAdvice(
          Verdict.BALANCED, "No what-if results for more or faster cores: no advice.");
    }
    List<String> clauses = new ArrayList<>();
    clauses.add(clause(moreCores));
    clauses.add(clause(fasterCores));
    if (fasterGpu != null && gain(fasterGpu) >= MIN_GAIN) {
      clauses.add(clause(fasterGpu));
    }
    if (unlimited != null) {
      clauses.add(clause(unlimited));
    }
    Verdict verdict = verdict(gain(moreCores), gain(fasterCores), gain(fasterGpu));
    return new ScalingAdvice(
        verdict, String.join("; ", clauses) + ": this workload is " + verdict.displayName() + ".");
  }

  /** The rule of the class comment; gains are speedup - 1, {@code gpuGain} 0 when unknown. */
  static Verdict verdict(double coresGain, double singleThreadGain, double gpuGain) {
    if (gpuGain >= MIN_GAIN && gpuGain > coresGain && gpuGain > singleThreadGain) {
      return Verdict.GPU_BOUND;
    }
    if (singleThreadGain < MIN_GAIN && coresGain < MIN_GAIN) {
      return Verdict.BALANCED;
    }
    if (coresGain >= PARALLEL_FRIENDLY_RATIO * singleThreadGain) {
      return Verdict.PARALLEL_FRIENDLY;
    }
    if (coresGain <= SERIAL_BOUND_RATIO * singleThreadGain) {
      return Verdict.SERIAL_BOUND;
    }
    return Verdict.BALANCED;
  }

  private static Analysis.WhatIf find(List<Analysis.WhatIf> whatIf, String scenario) {
    for (Analysis.WhatIf w : whatIf) {
      if (scenario.equals(w.scenario())) {
        return w;
      }
    }
    return null;
  }

  private static double gain(Analysis.WhatIf w) {
    return w == null || !Double.isFinite(w.speedup()) ? 0 : w.speedup() - 1;
  }

  private static String clause(Analysis.WhatIf w) {
    return w.scenario() + " -> " + speedupText(w.speedup());
  }

  /** {@code "1.9x faster"}; two decimals near 1 so small gains do not read as none. */
  static String speedupText(double speedup) {
    if (!Double.isFinite(speedup)) {
      return "unknown";
    }
    if (speedup < 1 + MIN_GAIN / 2) {
      return "no faster";
    }
    String format =
        speedup < 1.095 ? "%.2fx faster" : speedup < 99.5 ? "%.1fx faster" : "%.0fx faster";
    return String.format(Locale.ROOT, format, speedup);
  }
}
