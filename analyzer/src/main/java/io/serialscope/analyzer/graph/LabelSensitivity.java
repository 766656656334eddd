package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.LabelBreakdown;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Virtual-speedup curves per label, as a causal profiler measures them but computed from the DAG:
 * for a label's time made 0, 10, …, 100 % faster (its part of every segment shortened by that
 * share; 100 % removes it), the span and the greedy prediction on the recorded core count.
 *
 * <p>Cost: each point is one critical-path pass, O(V + E), and one greedy schedule, O((V + E) log
 * V), about 0.7 s for a million segments. Points are spent where they pay: the labels with the most
 * critical-path time first (a label off the critical path gains little), at most {@link
 * #MAX_LABELS}, within {@link #POINT_BUDGET} segment-and-edge visits. When the budget does not
 * allow even one full curve (graphs of about a million segments), curves have only the points 0, 50
 * and 100 % ({@link #COARSE_PERCENTS}). Curves are ranked by their predicted time at 50 %.
 */
public final class LabelSensitivity {
  /** Evaluated speedups of a label's time, in percent. */
  public static final int[] PERCENTS = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

  /** The points of curves on graphs too large for {@link #PERCENTS}. */
  public static final int[] COARSE_PERCENTS = {0, 50, 100};

  /** The speedup, in percent, at which labels are ranked. */
  public static final int RANKING_PERCENT = 50;

  static final int MAX_LABELS = 8;

  /**
   * Segment-plus-edge visits allowed over all points of all curves: about four seconds of
   * scheduling on a 2-core machine of 2025.
   */
  static final long POINT_BUDGET = 15_000_000L;

  private LabelSensitivity() {}

  /**
   * Curves for the labels with the most critical-path time, ranked by predicted gain at 50 %
   * (largest first, ties by label name).
   *
   * @param graph the recorded DAG
   * @param criticalPathByLabel its critical-path time per label, largest first
   * @param processors the recorded core count, {@code >= 1}
   */
  public static List<Analysis.LabelSensitivity> compute(
      SegmentGraph graph, List<Analysis.LabelShare> criticalPathByLabel, int processors) {
    long size = Math.max(1, (long) graph.segmentCount() + graph.edgeCount());
    long points = POINT_BUDGET / size; // computed points the budget allows (0 % is free)
    int[] percents = points >= PERCENTS.length - 1 ? PERCENTS : COARSE_PERCENTS;
    int labels = (int) Math.min(MAX_LABELS, Math.max(1, points / (percents.length - 1)));
    int ranking = Arrays.binarySearch(percents, RANKING_PERCENT);
    long baselineSpan = CriticalPath.of(graph).spanNanos();
    long baselinePredicted = GreedySchedule.makespanNanos(graph, processors);
    List<Analysis.LabelSensitivity> curves = new ArrayList<>();
    for (Analysis.LabelShare share : criticalPathByLabel) {
      if (curves.size() == labels) {
        break;
      }
      int label = graph.labels().indexOf(share.label());
      if (label >= 0) {
        curves.add(
            curve(graph, label, share, percents, processors, baselineSpan, baselinePredicted));
      }
    }
    curves.sort(
        Comparator.comparingLong((Analysis.LabelSensitivity c) -> c.predictedNanos()[ranking])
            .thenComparing(Analysis.LabelSensitivity::label));
    return List.copyOf(curves);
  }

  private static Analysis.LabelSensitivity curve(
      SegmentGraph graph,
      int label,
      Analysis.LabelShare share,
      int[] percents,
      int processors,
      long baselineSpan,
      long baselinePredicted) {
    long[] labelNanos = labelNanosPerSegment(graph, label);
    long[] span = new long[percents.length];
    long[] predicted = new long[percents.length];
    span[0] = baselineSpan;
    predicted[0] = baselinePredicted;
    long[] durations = new long[labelNanos.length];
    for (int i = 1; i < percents.length; i++) {
      for (int s = 0; s < durations.length; s++) {
        long saved = Math.round(labelNanos[s] * (percents[i] / 100.0));
        durations[s] = graph.durationNanos(s) - saved;
      }
      SegmentGraph faster = graph.withDurations(durations);
      span[i] = CriticalPath.of(faster).spanNanos();
      predicted[i] = GreedySchedule.makespanNanos(faster, processors);
    }
    return new Analysis.LabelSensitivity(
        share.label(), share.nanos(), percents.clone(), span, predicted);
  }

  /** How many nanoseconds of each segment belong to {@code label}. */
  private static long[] labelNanosPerSegment(SegmentGraph graph, int label) {
    LabelBreakdown parts = graph.labelBreakdown();
    long[] nanos = new long[graph.segmentCount()];
    for (int s = 0; s < nanos.length; s++) {
      for (int p = 0; p < parts.partCount(s); p++) {
        if (parts.partLabel(s, p) == label) {
          nanos[s] += parts.partNanos(s, p);
        }
      }
    }
    return nanos;
  }
}
