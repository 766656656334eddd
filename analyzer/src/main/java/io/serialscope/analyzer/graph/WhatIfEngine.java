package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.LabelBreakdown;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one {@link WhatIfSpec} over a recorded DAG: scales segment durations, drops removed locks'
 * hand-off edges, then computes the span and the greedy prediction on the scenario's processor
 * count. The speedup is against the baseline: the greedy prediction of the unchanged graph on the
 * recorded core count.
 *
 * <p>A factor {@code k} turns a duration {@code d} into {@code ceil(d / k)}, so that work never
 * becomes free; a segment touched by a label factor is the sum of its label parts, each scaled by
 * its own factor (and the segment kind's).
 */
public final class WhatIfEngine {
  private WhatIfEngine() {}

  /**
   * The scenario's result.
   *
   * @param name the scenario's name in reports
   * @param baselineProcessors the recorded core count, {@code >= 1}
   * @param baselineNanos the greedy prediction of the unchanged graph on that count
   * @throws IllegalArgumentException when the spec names a label the graph does not have
   */
  public static Analysis.WhatIf run(
      SegmentGraph graph,
      String name,
      WhatIfSpec spec,
      int baselineProcessors,
      long baselineNanos) {
    SegmentGraph changed = apply(graph, spec);
    long spanNanos = CriticalPath.of(changed).spanNanos();
    int processors = spec.cores().processors(baselineProcessors);
    long predictedNanos =
        spec.cores().unlimited() || processors >= changed.segmentCount()
            ? spanNanos // with a processor per segment the greedy schedule is the ASAP one
            : GreedySchedule.makespanNanos(changed, processors);
    // Factors round up, so predictedNanos is 0 only when the baseline is 0 as well.
    double speedup = predictedNanos == 0 ? 1.0 : (double) baselineNanos / predictedNanos;
    return new Analysis.WhatIf(name, spanNanos, predictedNanos, speedup, spec.text());
  }

  /** The graph as the spec changes it (the same instance when nothing changes). */
  public static SegmentGraph apply(SegmentGraph graph, WhatIfSpec spec) {
    SegmentGraph changed = graph;
    if (!spec.removedLocks().isEmpty()) {
      boolean[] drop = new boolean[graph.edgeCount()];
      for (int e = 0; e < drop.length; e++) {
        long lock = graph.edgeLockId(e);
        drop[e] = lock != 0 && spec.removedLocks().contains(lock);
      }
      changed = changed.withoutEdges(drop);
    }
    if (spec.cpuFactor() != 1
        || spec.gpuFactor() != 1
        || spec.copyFactor() != 1
        || !spec.labelFactors().isEmpty()) {
      long[] scaled = scaledDurations(graph, spec);
      // a factor on work the recording does not have (2x GPU without kernels) changes nothing:
      // the same instance keeps the schedules already computed for it
      if (!graph.hasDurations(scaled)) {
        changed = changed.withDurations(scaled);
      }
    }
    return changed;
  }

  private static long[] scaledDurations(SegmentGraph graph, WhatIfSpec spec) {
    double[] labelFactor = labelFactors(graph, spec.labelFactors());
    LabelBreakdown parts = graph.labelBreakdown();
    long[] durations = graph.durationsCopy();
    for (int s = 0; s < durations.length; s++) {
      double kindFactor = kindFactor(graph.kind(s), spec);
      if (labelFactor == null) {
        durations[s] = scale(durations[s], kindFactor);
        continue;
      }
      long total = 0;
      boolean touched = false;
      for (int p = 0; p < parts.partCount(s); p++) {
        double f = labelFactor[parts.partLabel(s, p)];
        touched |= f != 1;
        total += scale(parts.partNanos(s, p), kindFactor * f);
      }
      // untouched segments scale as a whole, exactly as without label factors
      durations[s] = touched ? total : scale(durations[s], kindFactor);
    }
    return durations;
  }

  /** Factor per label index, or null when no label is scaled. */
  private static double[] labelFactors(SegmentGraph graph, Map<String, Double> byName) {
    if (byName.isEmpty()) {
      return null;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < graph.labels().size(); i++) {
      index.put(graph.labels().get(i), i);
    }
    double[] factors = new double[graph.labels().size()];
    Arrays.fill(factors, 1);
    for (Map.Entry<String, Double> e : byName.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalArgumentException(
            "what-if label '" + e.getKey() + "' does not occur in the recording");
      }
      factors[i] = e.getValue();
    }
    return factors;
  }

  private static double kindFactor(SegmentKind kind, WhatIfSpec spec) {
    return switch (kind) {
      case CPU -> spec.cpuFactor();
      case GPU_KERNEL -> spec.gpuFactor();
      case GPU_COPY -> spec.copyFactor();
      case IO_WAIT -> 1; // no scenario makes waiting for a disk or the network faster yet
    };
  }

  /** {@code ceil(d / factor)}: exact for factor 1, never 0 for work that took time. */
  static long scale(long durationNanos, double factor) {
    if (factor == 1 || durationNanos == 0) {
      return durationNanos;
    }
    double scaled = Math.ceil(durationNanos / factor);
    return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) scaled;
  }
}
