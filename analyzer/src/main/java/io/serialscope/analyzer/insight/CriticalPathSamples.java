package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the execution samples taken inside critical-path segments: a sample counts when its thread
 * is the Java thread of the segment's lane and its time lies in {@code [start, start + duration)}
 * of the segment (recording clock, {@link SegmentGraph#originEpochNanos()} based). Durations are
 * processor time, so on an oversubscribed machine the tail of a segment's wall interval is missed;
 * JFR samples only threads that run, so little is lost.
 */
public final class CriticalPathSamples {
  private CriticalPathSamples() {}

  /** The samples of {@code samples} that fall inside a segment of {@code criticalPath}. */
  public static List<ExecutionSample> of(
      SegmentGraph graph, int[] criticalPath, List<ExecutionSample> samples) {
    Map<Long, long[][]> intervalsByThread = intervalsByThread(graph, criticalPath);
    List<ExecutionSample> inside = new ArrayList<>();
    for (ExecutionSample sample : samples) {
      long[][] intervals = intervalsByThread.get(sample.javaThreadId());
      if (intervals != null
          && contains(intervals, sample.epochNanos() - graph.originEpochNanos())) {
        inside.add(sample);
      }
    }
    return inside;
  }

  /** Per Java thread: {starts, ends} of its critical segments, sorted by start. */
  private static Map<Long, long[][]> intervalsByThread(SegmentGraph graph, int[] criticalPath) {
    Map<Long, List<Integer>> segmentsByThread = new HashMap<>();
    for (int s : criticalPath) {
      long thread = graph.lanes().get(graph.lane(s)).javaThreadId();
      if (thread > 0) {
        segmentsByThread.computeIfAbsent(thread, t -> new ArrayList<>()).add(s);
      }
    }
    Map<Long, long[][]> result = new HashMap<>();
    segmentsByThread.forEach(
        (thread, segments) -> {
          long[] starts = new long[segments.size()];
          long[] ends = new long[segments.size()];
          Integer[] order = segments.toArray(new Integer[0]);
          Arrays.sort(order, (a, b) -> Long.compare(graph.startNanos(a), graph.startNanos(b)));
          for (int i = 0; i < order.length; i++) {
            starts[i] = graph.startNanos(order[i]);
            ends[i] = starts[i] + graph.durationNanos(order[i]);
          }
          result.put(thread, new long[][] {starts, ends});
        });
    return result;
  }

  private static boolean contains(long[][] intervals, long timeNanos) {
    long[] starts = intervals[0];
    long[] ends = intervals[1];
    int i = Arrays.binarySearch(starts, timeNanos);
    if (i < 0) {
      i = -i - 2; // the last interval starting before the time
    } else {
      while (i + 1 < starts.length && starts[i + 1] == timeNanos) {
        i++;
      }
    }
    // Segments of one thread do not overlap, but a zero-length one may hide a longer one.
    for (int j = i; j >= 0 && j > i - 2; j--) {
      if (starts[j] <= timeNanos && timeNanos < ends[j]) {
        return true;
      }
    }
    return false;
  }
}
