package io.serialscope.analyzer.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import org.junit.jupiter.api.Test;

/** Thread counts and wall times read from hand-made graphs (times in ms, as nanoseconds). */
class SweepRunsTest {
  private static final long MS = 1_000_000L;

  /** main runs 0–100 ms; {@code workers} lanes run tasks from {@code from} to {@code to}. */
  private static SegmentGraph graph(int workers, long fromMs, long toMs) {
    SegmentGraphBuilder b = SegmentGraph.builder();
    int main = b.addLane(new Lane("main", 1));
    b.addSegment(0, 100 * MS, main, 0, "serial");
    for (int i = 0; i < workers; i++) {
      int lane = b.addLane(new Lane("worker-" + i, 10 + i));
      b.addSegment(fromMs * MS, (toMs - fromMs) * MS, lane, 1 + i, "task");
    }
    return b.build();
  }

  @Test
  void aBriefOverlapDoesNotCountAsASecondThread() {
    // The worker starts 5 ms before main's segment ends: 2 at once for 5 of 900 ms (0.6 %).
    SegmentGraph g = graph(1, 95, 900);
    assertThat(SweepRuns.sustainedThreads(g)).isEqualTo(1);
    assertThat(SweepRuns.wallNanos(g)).isEqualTo(900 * MS);
  }

  @Test
  void workersRunningTogetherMostOfTheTimeCount() {
    // Two workers together for 400 of 500 ms; three at once (main too) never.
    SegmentGraph g = graph(2, 100, 500);
    assertThat(SweepRuns.sustainedThreads(g)).isEqualTo(2);
    assertThat(SweepRuns.wallNanos(g)).isEqualTo(500 * MS);
  }

  @Test
  void fourWorkersOverlappingMainForTenPercentCountFive() {
    // 4 workers 50–500 ms: 5 at once for 50 of 500 ms (10 % >= 5 %).
    assertThat(SweepRuns.sustainedThreads(graph(4, 50, 500))).isEqualTo(5);
  }
}
