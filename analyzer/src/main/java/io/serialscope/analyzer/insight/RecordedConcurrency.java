package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * How many segments actually ran at each instant of the recording: a step function over the
 * recorded {@code [start, start + duration)} intervals (recording clock), beside the ASAP profile
 * that says how many could have run.
 */
public final class RecordedConcurrency {
  private RecordedConcurrency() {}

  /** All segments of positive duration. */
  public static Analysis.ParallelismProfile of(SegmentGraph graph) {
    return of(graph, s -> true);
  }

  /** CPU segments only: how many threads ran tasks at each instant. */
  public static Analysis.ParallelismProfile ofCpu(SegmentGraph graph) {
    return of(graph, s -> graph.kind(s) == SegmentKind.CPU);
  }

  /** The largest number of CPU segments (so of threads) that ran at once. */
  public static int peakCpu(SegmentGraph graph) {
    int[] levels = ofCpu(graph).levels();
    int peak = 0;
    for (int level : levels) {
      peak = Math.max(peak, level);
    }
    return peak;
  }

  /**
   * The step function of the segments {@code included} accepts: from {@code timesNanos[i]} until
   * {@code timesNanos[i+1]} exactly {@code levels[i]} run; the last level is 0. No segment gives
   * the single step {@code (0, 0)}.
   */
  public static Analysis.ParallelismProfile of(SegmentGraph graph, IntPredicate included) {
    int n = 0;
    long[] starts = new long[graph.segmentCount()];
    long[] ends = new long[graph.segmentCount()];
    for (int s = 0; s < graph.segmentCount(); s++) {
      if (graph.durationNanos(s) > 0 && included.test(s)) {
        starts[n] = graph.startNanos(s);
        ends[n++] = graph.startNanos(s) + graph.durationNanos(s);
      }
    }
    if (n == 0) {
      return new Analysis.ParallelismProfile(new long[] {0}, new int[] {0});
    }
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    Arrays.sort(starts);
    Arrays.sort(ends);
    long[] times = new long[2 * n];
    int[] levels = new int[2 * n];
    int steps = 0;
    int level = 0;
    int i = 0;
    int j = 0;
    while (j < n) {
      long t = i < n ? Math.min(starts[i], ends[j]) : ends[j];
      while (i < n && starts[i] == t) {
        level++;
        i++;
      }
      while (j < n && ends[j] == t) {
        level--;
        j++;
      }
      if (steps == 0 || levels[steps - 1] != level) {
        times[steps] = t;
        levels[steps++] = level;
      }
    }
    return new Analysis.ParallelismProfile(
        Arrays.copyOf(times, steps), Arrays.copyOf(levels, steps));
  }
}
