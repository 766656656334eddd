package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The serial-scaling scenarios of DESIGN.md: what the recorded workload would take with more cores,
 * faster cores, a faster GPU, or unlimited cores. Each scenario scales segment durations (via
 * {@link SegmentGraph#withDurations}) and/or the processor count, then predicts the time with a
 * {@link GreedySchedule}; its speedup is relative to the greedy prediction for the unchanged graph
 * on the recorded machine's processor count P.
 *
 * <p>"2× faster" halves a duration rounding up, so that a segment with work never becomes free.
 */
public final class WhatIfScenarios {
  public static final String TWICE_THE_CORES = "2x cores";
  public static final String FOUR_TIMES_THE_CORES = "4x cores";
  public static final String TWICE_THE_SINGLE_THREAD_SPEED = "2x single-thread speed";
  public static final String TWICE_THE_GPU_SPEED = "2x GPU";
  public static final String UNLIMITED_CORES = "unlimited cores";

  private static final Set<SegmentKind> CPU_KINDS = EnumSet.of(SegmentKind.CPU);
  private static final Set<SegmentKind> GPU_KINDS =
      EnumSet.of(SegmentKind.GPU_KERNEL, SegmentKind.GPU_COPY);

  private WhatIfScenarios() {}

  /**
   * Computes the scenarios in the order: 2x cores, 4x cores, 2x single-thread speed, 2x GPU,
   * unlimited cores.
   *
   * @param graph the recorded DAG
   * @param baselineProcessors P, the recorded machine's logical cores, {@code >= 1}
   * @throws IllegalArgumentException when {@code baselineProcessors < 1}
   */
  public static List<Analysis.WhatIf> compute(SegmentGraph graph, int baselineProcessors) {
    if (baselineProcessors < 1) {
      throw new IllegalArgumentException("processors must be >= 1, was " + baselineProcessors);
    }
    long baselineNanos = GreedySchedule.makespanNanos(graph, baselineProcessors);
    long spanNanos = CriticalPath.of(graph).spanNanos();
    SegmentGraph fasterCpu = graph.withDurations(halved(graph, CPU_KINDS));
    SegmentGraph fasterGpu = graph.withDurations(halved(graph, GPU_KINDS));
    return List.of(
        scenario(
            TWICE_THE_CORES,
            spanNanos,
            GreedySchedule.makespanNanos(graph, times(2, baselineProcessors)),
            baselineNanos),
        scenario(
            FOUR_TIMES_THE_CORES,
            spanNanos,
            GreedySchedule.makespanNanos(graph, times(4, baselineProcessors)),
            baselineNanos),
        scenario(fasterCpu, TWICE_THE_SINGLE_THREAD_SPEED, baselineProcessors, baselineNanos),
        scenario(fasterGpu, TWICE_THE_GPU_SPEED, baselineProcessors, baselineNanos),
        scenario(UNLIMITED_CORES, spanNanos, spanNanos, baselineNanos));
  }

  private static Analysis.WhatIf scenario(
      SegmentGraph scaled, String name, int processors, long baselineNanos) {
    return scenario(
        name,
        CriticalPath.of(scaled).spanNanos(),
        GreedySchedule.makespanNanos(scaled, processors),
        baselineNanos);
  }

  private static Analysis.WhatIf scenario(
      String name, long spanNanos, long predictedNanos, long baselineNanos) {
    // Halving rounds up, so predictedNanos is 0 only when the baseline is 0 as well.
    double speedup = predictedNanos == 0 ? 1.0 : (double) baselineNanos / predictedNanos;
    return new Analysis.WhatIf(name, spanNanos, predictedNanos, speedup);
  }

  /** The graph's durations with those of every segment of one of {@code kinds} halved. */
  private static long[] halved(SegmentGraph graph, Set<SegmentKind> kinds) {
    long[] durations = graph.durationsCopy();
    for (int s = 0; s < durations.length; s++) {
      if (kinds.contains(graph.kind(s))) {
        durations[s] -= durations[s] / 2;
      }
    }
    return durations;
  }

  private static int times(int factor, int processors) {
    return (int) Math.min(Integer.MAX_VALUE, (long) factor * processors);
  }
}
