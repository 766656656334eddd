package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.reports.TimelineBars.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBarsTest {
  /**
   * Two lanes of 10,000 segments each, 10 us long every 20 us; every third segment of lane 0 on the
   * critical path.
   */
  private static final int PER_LANE = 10_000;

  private final SegmentGraph graph = twoLanes();
  private final boolean[] critical = critical(graph);

  private static SegmentGraph twoLanes() {
    SegmentGraphBuilder b = SegmentGraph.builder();
    int first = b.addLane(new Lane("first", 1));
    int second = b.addLane(new Lane("second", 2));
    for (int i = 0; i < PER_LANE; i++) {
      b.addSegment(i * 20_000L, 10_000L, first, i, i % 2 == 0 ? "even" : "odd");
      b.addSegment(i * 20_000L + 5_000L, 10_000L, second, PER_LANE + i, "other");
    }
    return b.build();
  }

  private static boolean[] critical(SegmentGraph graph) {
    boolean[] critical = new boolean[graph.segmentCount()];
    for (int s = 0; s < graph.segmentCount(); s++) {
      critical[s] = graph.lane(s) == 0 && (graph.startNanos(s) / 20_000L) % 3 == 0;
    }
    return critical;
  }

  @Test
  void segmentsThatFitAreOneBarEachLaneByLaneInTimeOrder() {
    List<Bar> bars = TimelineBars.of(graph, critical, 2 * PER_LANE);

    assertThat(bars).hasSize(2 * PER_LANE).allMatch(bar -> bar.count() == 1);
    assertThat(bars.subList(0, PER_LANE)).allMatch(bar -> bar.lane() == 0);
    assertThat(bars.subList(PER_LANE, 2 * PER_LANE)).allMatch(bar -> bar.lane() == 1);
    int odd = graph.labels().indexOf("odd");
    int even = graph.labels().indexOf("even");
    // Lane 0: its other segments (1, 2, 4, 5, ...), then its critical ones (0, 3, 6, ...).
    assertThat(bars.get(0)).isEqualTo(new Bar(0, 20_000L, 30_000L, false, odd, 1));
    assertThat(bars.get(1)).isEqualTo(new Bar(0, 40_000L, 50_000L, false, even, 1));
    int firstCritical = PER_LANE - (PER_LANE + 2) / 3;
    assertThat(bars.get(firstCritical)).isEqualTo(new Bar(0, 0L, 10_000L, true, even, 1));
    assertThat(bars.get(firstCritical + 1)).isEqualTo(new Bar(0, 60_000L, 70_000L, true, odd, 1));
  }

  @Test
  void tooManySegmentsMergeWithinTheirLaneAndCriticalPathStatusIntoAtMostTheLimit() {
    int max = 1_000;

    List<Bar> bars = TimelineBars.of(graph, critical, max);

    assertThat(bars.size()).isLessThanOrEqualTo(max).isGreaterThan(max / 4);
    // Every segment is in exactly one bar, and critical bars hold only critical segments.
    assertThat(bars.stream().mapToInt(Bar::count).sum()).isEqualTo(2 * PER_LANE);
    int criticalSegments = 0;
    for (boolean c : critical) {
      criticalSegments += c ? 1 : 0;
    }
    assertThat(bars.stream().filter(Bar::critical).mapToInt(Bar::count).sum())
        .isEqualTo(criticalSegments);
    // Merged bars of lane 0 hold both labels (-1), lane 1's only "other"; the bars of each lane
    // and kind are in time order without overlap, and lane 1's cover it from its first start to
    // its last end.
    for (int lane = 0; lane < 2; lane++) {
      for (boolean kind : new boolean[] {false, true}) {
        int l = lane;
        List<Bar> ofKind =
            bars.stream().filter(bar -> bar.lane() == l && bar.critical() == kind).toList();
        for (int i = 1; i < ofKind.size(); i++) {
          assertThat(ofKind.get(i).startNanos())
              .isGreaterThanOrEqualTo(ofKind.get(i - 1).endNanos());
        }
      }
    }
    List<Bar> second = bars.stream().filter(bar -> bar.lane() == 1).toList();
    assertThat(second.get(0).startNanos()).isEqualTo(5_000L);
    assertThat(second.get(second.size() - 1).endNanos())
        .isEqualTo((PER_LANE - 1) * 20_000L + 15_000L);
    int other = graph.labels().indexOf("other");
    assertThat(bars.stream().filter(bar -> bar.lane() == 1)).allMatch(bar -> bar.label() == other);
    assertThat(bars.stream().filter(bar -> bar.lane() == 0 && bar.count() > 1))
        .allMatch(bar -> bar.label() == -1);
  }
}
