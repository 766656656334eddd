package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;

/** Hand-made DAGs shared by the tests; durations in nanoseconds. */
public final class TestGraphs {
  private TestGraphs() {}

  /**
   * A serial phase of {@code a} ns (segment 0) that spawns {@code n} independent tasks of {@code b}
   * ns each (segments 1..n, one lane each).
   */
  public static SegmentGraph serialThenParallel(long a, int n, long b) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int serial = builder.addSegment(0, a, main, 0, "serial");
    for (int i = 0; i < n; i++) {
      int lane = builder.addLane(new Lane("worker-" + i, 10 + i));
      int task = builder.addSegment(a, b, lane, 1 + i, "task");
      builder.addEdge(serial, task, EdgeKind.SPAWN);
    }
    return builder.build();
  }

  /** One task whose segments (of the given durations) follow one another in program order. */
  public static SegmentGraph chain(long... durations) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    long start = 0;
    int previous = -1;
    for (long duration : durations) {
      int segment = builder.addSegment(start, duration, main, 0, "step");
      if (previous >= 0) {
        builder.addEdge(previous, segment, EdgeKind.PROGRAM_ORDER);
      }
      previous = segment;
      start += duration;
    }
    return builder.build();
  }

  /**
   * A -> B, A -> C, B -> D, C -> D; indices A=0, B=1, C=2, D=3. B and C run on two lanes from the
   * end of A; D starts when the longer of B and C ends.
   */
  public static SegmentGraph diamond(long a, long b, long c, long d) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int worker = builder.addLane(new Lane("worker", 2));
    int segmentA = builder.addSegment(0, a, main, 0, "A");
    int segmentB = builder.addSegment(a, b, main, 0, "B");
    int segmentC = builder.addSegment(a, c, worker, 1, "C");
    int segmentD = builder.addSegment(a + Math.max(b, c), d, main, 0, "D");
    builder.addEdge(segmentA, segmentB, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(segmentA, segmentC, EdgeKind.SPAWN);
    builder.addEdge(segmentB, segmentD, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(segmentC, segmentD, EdgeKind.JOIN);
    return builder.build();
  }

  /** Whether the graph has an edge {@code from -> to}. */
  public static boolean hasEdge(SegmentGraph graph, int from, int to) {
    for (int i = 0; i < graph.successorCount(from); i++) {
      if (graph.successor(from, i) == to) {
        return true;
      }
    }
    return false;
  }
}
