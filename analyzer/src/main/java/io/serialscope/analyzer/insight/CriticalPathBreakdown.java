package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Critical-path time by lane (thread or GPU stream) and by segment kind (CPU, GPU kernel, GPU
 * copy). Blocked time is never on the path: segments are work only. Shares are of the span.
 */
public final class CriticalPathBreakdown {
  private CriticalPathBreakdown() {}

  /** Critical-path nanoseconds per lane, largest first (ties: lane order). */
  public static List<Analysis.Share> byLane(SegmentGraph graph, int[] criticalPath) {
    long[] nanos = new long[graph.lanes().size()];
    for (int s : criticalPath) {
      nanos[graph.lane(s)] += graph.durationNanos(s);
    }
    List<String> names = new ArrayList<>(nanos.length);
    graph.lanes().forEach(lane -> names.add(lane.name()));
    return shares(names, nanos);
  }

  /** Critical-path nanoseconds per {@link SegmentKind#displayName()}, largest first. */
  public static List<Analysis.Share> byKind(SegmentGraph graph, int[] criticalPath) {
    SegmentKind[] kinds = SegmentKind.values();
    long[] nanos = new long[kinds.length];
    for (int s : criticalPath) {
      nanos[graph.kind(s).ordinal()] += graph.durationNanos(s);
    }
    List<String> names = new ArrayList<>(kinds.length);
    for (SegmentKind kind : kinds) {
      names.add(kind.displayName());
    }
    return shares(names, nanos);
  }

  private static List<Analysis.Share> shares(List<String> names, long[] nanos) {
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    List<Analysis.Share> shares = new ArrayList<>();
    for (int i = 0; i < nanos.length; i++) {
      if (nanos[i] > 0) {
        shares.add(new Analysis.Share(names.get(i), nanos[i], (double) nanos[i] / total));
      }
    }
    shares.sort(Comparator.comparingLong(Analysis.Share::nanos).reversed());
    return List.copyOf(shares);
  }
}
