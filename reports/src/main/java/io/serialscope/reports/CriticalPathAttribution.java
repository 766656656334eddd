package io.serialscope.reports;

import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Critical-path time by lane and by segment kind, for reports (the analyzer attributes it by label
 * already). Shares are of the summed durations of the path's segments, i.e. of the span.
 */
final class CriticalPathAttribution {
  private CriticalPathAttribution() {}

  /**
   * One group's part of the critical path: {@code nanos} of processor time, {@code share} in [0,1].
   */
  record Part(String name, long nanos, double share) {}

  /** Critical-path time per lane name, largest first. */
  static List<Part> byLane(SegmentGraph graph, int[] criticalPath) {
    long[] nanos = new long[graph.lanes().size()];
    for (int s : criticalPath) {
      nanos[graph.lane(s)] += graph.durationNanos(s);
    }
    List<String> names = new ArrayList<>(nanos.length);
    for (int l = 0; l < nanos.length; l++) {
      names.add(graph.lanes().get(l).name());
    }
    return parts(names, nanos);
  }

  /** Critical-path time per {@link SegmentKind#displayName()}, largest first. */
  static List<Part> byKind(SegmentGraph graph, int[] criticalPath) {
    SegmentKind[] kinds = SegmentKind.values();
    long[] nanos = new long[kinds.length];
    for (int s : criticalPath) {
      nanos[graph.kind(s).ordinal()] += graph.durationNanos(s);
    }
    List<String> names = new ArrayList<>(kinds.length);
    for (SegmentKind k : kinds) {
      names.add(k.displayName());
    }
    return parts(names, nanos);
  }

  private static List<Part> parts(List<String> names, long[] nanos) {
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < nanos.length; i++) {
      if (nanos[i] > 0) {
        parts.add(new Part(names.get(i), nanos[i], (double) nanos[i] / total));
      }
    }
    parts.sort(Comparator.comparingLong(Part::nanos).reversed());
    return parts;
  }
}
