package io.serialscope.analyzer.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class DurationDistributionsTest {
  /**
   * Segments (task, duration): each task's value is the sum of its segments, wherever they lie in
   * the graph, and a task whose segments last 0 ns still counts once.
   */
  private static SegmentGraph tasks(int[] taskNumbers, long[] durations) {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int lane = g.addLane(new Lane("main", 1));
    long start = 0;
    for (int i = 0; i < taskNumbers.length; i++) {
      g.addSegment(start, durations[i], lane, taskNumbers[i], "work");
      start += durations[i] + 1;
    }
    return g.build();
  }

  /** Exactly these values (all below 2048, recorded exactly at 3 significant digits). */
  private static void assertHolds(Histogram h, long... values) {
    Histogram expected = new Histogram(3);
    for (long v : values) {
      expected.recordValue(v);
    }
    assertThat(h.getTotalCount()).isEqualTo(values.length);
    for (long v = 0; v < 2048; v++) {
      assertThat(h.getCountAtValue(v)).as("count at %d", v).isEqualTo(expected.getCountAtValue(v));
    }
  }

  @Test
  void sumsEachDenselyNumberedTask() {
    Histogram h =
        DurationDistributions.taskDurations(
            tasks(new int[] {0, 1, 0, 2, 1, 3}, new long[] {10, 20, 5, 0, 7, 300}));

    assertHolds(h, 15, 27, 0, 300);
  }

  @Test
  void sumsDenseTaskNumbersBelowZero() {
    Histogram h =
        DurationDistributions.taskDurations(
            tasks(new int[] {-1, 0, 1, -1}, new long[] {3, 4, 5, 6}));

    assertHolds(h, 9, 4, 5);
  }

  /** Task numbers far apart and negative (a hand-made graph) take the same sums. */
  @Test
  void sumsTasksNumberedFarApart() {
    int far = 1_000_000_000;
    Histogram h =
        DurationDistributions.taskDurations(
            tasks(new int[] {-far, far, -far, 7, far}, new long[] {10, 20, 5, 1000, 0}));

    assertHolds(h, 15, 20, 1000);
  }

  @Test
  void aGraphWithoutSegmentsHasNoTasks() {
    assertThat(DurationDistributions.taskDurations(SegmentGraph.builder().build()).getTotalCount())
        .isZero();
  }
}
