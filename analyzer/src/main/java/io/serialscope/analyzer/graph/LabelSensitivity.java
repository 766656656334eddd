package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.LabelBreakdown;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Virtual-speedup curves per label, as a causal profiler measures them but computed from the DAG:
 * for a label's time made 0, 10, …, 100 % faster (its part of every segment shortened by that
 * share; 100 % removes it), the span and the greedy prediction on the recorded core count.
 *
 * <p>Cost: each point is one critical-path pass, O(V + E), and one greedy schedule, O((V + E) log
 * V). Only the labels with the most critical-path time are evaluated (at most {@link #MAX_LABELS},
 * fewer on graphs so large that {@link #WORK_BUDGET} would be exceeded) since a label off the
 * critical path gains little; curves are ranked by their gain at 50 %.
 */
public final class LabelSensitivity {
  /** Evaluated speedups of a label's time, in percent. */
  public static final int[] PERCENTS = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

  /** Index of 50 % in {@link #PERCENTS}: the point labels are ranked by. */
  public static final int RANKING_INDEX = 5;

  static final int MAX_LABELS = 8;

  /** Segment-plus-edge visits allowed over all curves (about a few seconds of scheduling). */
  static final long WORK_BUDGET = 400_000_000L;

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
    long size = (long) graph.segmentCount() + graph.edgeCount();
    long perLabel = Math.max(1, size * (PERCENTS.length - 1) * 2);
    int labels = (int) Math.min(MAX_LABELS, Math.max(1, WORK_BUDGET / perLabel));
    long baselineSpan = CriticalPath.of(graph).spanNanos();
    long baselinePredicted = GreedySchedule.makespanNanos(graph, processors);
    List<Analysis.LabelSensitivity> curves = new ArrayList<>();
    for (Analysis.LabelShare share : criticalPathByLabel) {
      if (curves.size() == labels) {
        break;
      }
      int label = graph.labels().indexOf(share.label());
      if (label >= 0) {
        curves.add(curve(graph, label, share, processors, baselineSpan, baselinePredicted));
      }
    }
    curves.sort(
        Comparator.comparingLong((Analysis.LabelSensitivity c) -> c.predictedNanos()[RANKING_INDEX])
            .thenComparing(Analysis.LabelSensitivity::label));
    return List.copyOf(curves);
  }

  private static Analysis.LabelSensitivity curve(
      SegmentGraph graph,
      int label,
      Analysis.LabelShare share,
      int processors,
      long baselineSpan,
      long baselinePredicted) {
    long[] labelNanos = labelNanosPerSegment(graph, label);
    long[] span = new long[PERCENTS.length];
    long[] predicted = new long[PERCENTS.length];
    span[0] = baselineSpan;
    predicted[0] = baselinePredicted;
    long[] durations = new long[labelNanos.length];
    for (int i = 1; i < PERCENTS.length; i++) {
      for (int s = 0; s < durations.length; s++) {
        long saved = Math.round(labelNanos[s] * (PERCENTS[i] / 100.0));
        durations[s] = graph.durationNanos(s) - saved;
      }
      SegmentGraph faster = graph.withDurations(durations);
      span[i] = CriticalPath.of(faster).spanNanos();
      predicted[i] = GreedySchedule.makespanNanos(faster, processors);
    }
    return new Analysis.LabelSensitivity(
        share.label(), share.nanos(), PERCENTS.clone(), span, predicted);
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
