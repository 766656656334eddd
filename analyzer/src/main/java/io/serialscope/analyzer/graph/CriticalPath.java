package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.model.SegmentGraph;

/**
 * The span T∞ of a segment DAG (the longest path, weighting each segment by its duration) and one
 * path that attains it.
 *
 * <p>Ties are broken towards the lowest index: among equally long paths, the path ends at the
 * lowest-indexed segment that finishes last, and each step back goes to the lowest-indexed
 * predecessor that finishes last. The same graph therefore always yields the same path.
 */
public final class CriticalPath {
  private final long spanNanos;
  private final int[] segments;

  private CriticalPath(long spanNanos, int[] segments) {
    this.spanNanos = spanNanos;
    this.segments = segments;
  }

  /** Computes the span and one critical path in O(V + E), once per graph. */
  public static CriticalPath of(SegmentGraph graph) {
    return graph.derived(CriticalPath.class, () -> compute(graph));
  }

  private static CriticalPath compute(SegmentGraph graph) {
    int n = graph.segmentCount();
    if (n == 0) {
      return new CriticalPath(0, new int[0]);
    }
    long[] finishNanos = new long[n];
    int[] bestPredecessor = new int[n];
    int last = 0;
    for (int s = 0; s < n; s++) {
      long readyNanos = 0;
      int best = -1;
      int predecessors = graph.predecessorCount(s);
      for (int i = 0; i < predecessors; i++) {
        int p = graph.predecessor(s, i);
        if (finishNanos[p] > readyNanos
            || (finishNanos[p] == readyNanos && (best < 0 || p < best))) {
          readyNanos = finishNanos[p];
          best = p;
        }
      }
      bestPredecessor[s] = best;
      finishNanos[s] = readyNanos + graph.durationNanos(s);
      if (finishNanos[s] > finishNanos[last]) {
        last = s;
      }
    }
    return new CriticalPath(finishNanos[last], tracePathBack(bestPredecessor, last));
  }

  private static int[] tracePathBack(int[] bestPredecessor, int last) {
    int length = 0;
    for (int s = last; s >= 0; s = bestPredecessor[s]) {
      length++;
    }
    int[] path = new int[length];
    int i = length;
    for (int s = last; s >= 0; s = bestPredecessor[s]) {
      path[--i] = s;
    }
    return path;
  }

  /** T∞ in nanoseconds: the sum of durations along the longest path; 0 for an empty graph. */
  public long spanNanos() {
    return spanNanos;
  }

  /**
   * Segment indices of one longest path in execution order (a copy); consecutive entries are joined
   * by an edge. Empty for an empty graph.
   */
  public int[] segments() {
    return segments.clone();
  }

  /** Number of segments on the path. */
  public int length() {
    return segments.length;
  }

  /** The {@code i}-th segment of the path, {@code 0 <= i < length()}. */
  public int segment(int i) {
    return segments[i];
  }
}
