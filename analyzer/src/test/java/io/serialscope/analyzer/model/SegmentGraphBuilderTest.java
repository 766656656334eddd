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
}
