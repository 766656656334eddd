package io.serialscope.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SegmentGraphBuilderTest {
  /** 200 segments on two lanes, two-part labels on every third, a chain and cross edges. */
  private static SegmentGraph build(UnaryOperator<SegmentGraphBuilder> sizing) {
    SegmentGraphBuilder b = sizing.apply(SegmentGraph.builder().origin(1_000));
    b.addLane(new Lane("main", 1));
    b.addLane(new Lane("worker", 2));
    int n = 200;
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      long start = 10L * i;
      if (i % 3 == 0) {
        ids[i] =
            b.addSegment(
                start,
                9,
                i % 2,
                i,
                SegmentKind.CPU,
                new int[] {b.label("a"), b.label("b")},
                new long[] {4, 5});
      } else {
        ids[i] = b.addSegment(start, 9, i % 2, i, "c" + (i % 4));
      }
    }
    for (int i = 1; i < n; i++) {
      b.addEdge(ids[i - 1], ids[i], EdgeKind.PROGRAM_ORDER);
      if (i >= 5 && i % 5 == 0) {
        b.addEdge(ids[i - 5], ids[i], EdgeKind.WAKE, i);
      }
    }
    b.shortenSegment(ids[3], 6);
    return b.build();
  }

  @Test
  void sizingHintsChangeNothingWhetherTooSmallExactOrTooLarge() {
    SegmentGraph grown = build(b -> b);
    for (int[] hint : new int[][] {{10, 10, 10}, {200, 267, 238}, {5_000, 9_000, 7_000}}) {
      SegmentGraph hinted = build(b -> b.expect(hint[0], hint[1], hint[2]));
      assertThat(hinted.segmentCount()).isEqualTo(grown.segmentCount()).isEqualTo(200);
      assertThat(hinted.edgeCount()).isEqualTo(grown.edgeCount()).isEqualTo(199 + 39);
      assertThat(hinted.labels()).isEqualTo(grown.labels());
      for (int s = 0; s < grown.segmentCount(); s++) {
        assertThat(hinted.startNanos(s)).isEqualTo(grown.startNanos(s));
        assertThat(hinted.durationNanos(s)).isEqualTo(grown.durationNanos(s));
        assertThat(hinted.lane(s)).isEqualTo(grown.lane(s));
        assertThat(hinted.task(s)).isEqualTo(grown.task(s));
        assertThat(hinted.label(s)).isEqualTo(grown.label(s));
        assertThat(hinted.cpuWaitNanos(s)).isEqualTo(grown.cpuWaitNanos(s));
        assertThat(hinted.successorCount(s)).isEqualTo(grown.successorCount(s));
      }
      for (int e = 0; e < grown.edgeCount(); e++) {
        assertThat(hinted.edgeFrom(e)).isEqualTo(grown.edgeFrom(e));
        assertThat(hinted.edgeTo(e)).isEqualTo(grown.edgeTo(e));
        assertThat(hinted.edgeKind(e)).isEqualTo(grown.edgeKind(e));
        assertThat(hinted.edgeLockId(e)).isEqualTo(grown.edgeLockId(e));
      }
      LabelBreakdown parts = hinted.labelBreakdown();
      LabelBreakdown expected = grown.labelBreakdown();
      for (int s = 0; s < grown.segmentCount(); s++) {
        assertThat(parts.partCount(s)).isEqualTo(expected.partCount(s));
        for (int p = 0; p < expected.partCount(s); p++) {
          assertThat(parts.partLabel(s, p)).isEqualTo(expected.partLabel(s, p));
          assertThat(parts.partNanos(s, p)).isEqualTo(expected.partNanos(s, p));
        }
      }
    }
    assertThat(grown.labelBreakdown().partCount(3)).isEqualTo(2);
    assertThat(grown.durationNanos(3)).isEqualTo(6);
    assertThat(grown.cpuWaitNanos(3)).isEqualTo(3);
  }

  /** The builder lets go of its columns while building: a second build is refused, not wrong. */
  @Test
  void buildsOneGraph() {
    SegmentGraphBuilder b = SegmentGraph.builder();
    b.addLane(new Lane("main", 1));
    b.addSegment(0, 5, 0, 1, "a");
    assertThat(b.build().segmentCount()).isEqualTo(1);

    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a builder builds one graph");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.addSegment(9, 1, 0, 2, "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a builder builds one graph");
  }

  /**
   * Segments added out of start order, some starting at the same time: the graph orders them by
   * start, ties in the order they were added; edges follow their segments, and of two edges between
   * the same two segments the first added is kept with its kind and lock.
   */
  @Test
  void ordersSegmentsByStartTiesAsAddedAndKeepsTheFirstOfDuplicateEdges() {
    SegmentGraphBuilder b = SegmentGraph.builder();
    b.addLane(new Lane("main", 1));
    int late = b.addSegment(300, 10, 0, 0, "late");
    int tieFirst = b.addSegment(100, 10, 0, 1, "tie-first");
    int early = b.addSegment(0, 10, 0, 2, "early");
    int tieSecond = b.addSegment(100, 10, 0, 3, "tie-second");
    b.addEdge(early, tieFirst, EdgeKind.WAKE, 7)
        .addEdge(early, tieFirst, EdgeKind.PROGRAM_ORDER)
        .addEdge(tieSecond, late, EdgeKind.JOIN)
        .addEdge(tieFirst, late, EdgeKind.SPAWN)
        .addEdge(late, early, EdgeKind.JOIN); // backwards in time: dropped

    SegmentGraph g = b.build();

    assertThat(g.segmentCount()).isEqualTo(4);
    assertThat(new String[] {g.labelName(0), g.labelName(1), g.labelName(2), g.labelName(3)})
        .containsExactly("early", "tie-first", "tie-second", "late");
    assertThat(new long[] {g.startNanos(0), g.startNanos(1), g.startNanos(2), g.startNanos(3)})
        .containsExactly(0, 100, 100, 300);
    assertThat(b.droppedEdges()).isEqualTo(1);
    assertThat(g.edgeCount()).isEqualTo(3);
    StringBuilder edges = new StringBuilder();
    for (int e = 0; e < g.edgeCount(); e++) {
      edges
          .append(g.edgeFrom(e))
          .append("->")
          .append(g.edgeTo(e))
          .append(' ')
          .append(g.edgeKind(e))
          .append(' ')
          .append(g.edgeLockId(e))
          .append(';');
    }
    assertThat(edges.toString()).isEqualTo("0->1 WAKE 7;1->3 SPAWN 0;2->3 JOIN 0;");
  }
}
