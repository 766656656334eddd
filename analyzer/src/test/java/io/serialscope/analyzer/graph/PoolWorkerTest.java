package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import org.junit.jupiter.api.Test;

/**
 * A main segment (10 ns) submits 8 independent tasks of 100 ns to a pool of 2 workers, which run
 * them back to back (4 per lane), then a final main segment (10 ns) joins them all. The order of
 * tasks on a worker is the scheduler's accident, not a dependency, so predictions beyond 2 cores
 * must see 8-way parallelism.
 */
class PoolWorkerTest {

  @Test
  void tasksRunBackToBackOnTwoLanesStillScaleBeyondTwoCores() {
    SegmentGraph graph = poolOfTwoRunningEightTasks(false);
    // T1 = 10 + 8*100 + 10 = 820 ; T∞ = 10 + 100 + 10 = 120
    assertThat(AsapSchedule.of(graph).workNanos()).isEqualTo(820);
    assertThat(CriticalPath.of(graph).spanNanos()).isEqualTo(120);
    // T_2 = 10 + 4*100 + 10 = 420, what the recording took
    assertThat(GreedySchedule.makespanNanos(graph, 2)).isEqualTo(420);
    // T_4 = 10 + 2*100 + 10 = 220 ; S(4) = 820 / 220 = 3.73 > 2
    long fourCores = GreedySchedule.makespanNanos(graph, 4);
    assertThat(fourCores).isEqualTo(220);
    assertThat(820.0 / fourCores).isGreaterThan(2.0);
    // T_8 = 10 + 100 + 10 = 120 = T∞
    assertThat(GreedySchedule.makespanNanos(graph, 8)).isEqualTo(120);
  }

  @Test
  void orderingTasksByLaneWouldWronglyCapTheSpeedupAtTwo() {
    // The contrast: with program-order edges between consecutive tasks of a lane, each lane is a
    // 400 ns chain; T_4 = 10 + 400 + 10 = 420 and S(4) = 820 / 420 = 1.95 < 2.
    SegmentGraph wrong = poolOfTwoRunningEightTasks(true);
    assertThat(GreedySchedule.makespanNanos(wrong, 4)).isEqualTo(420);
    assertThat(820.0 / GreedySchedule.makespanNanos(wrong, 4)).isLessThan(2.0);
  }

  private static SegmentGraph poolOfTwoRunningEightTasks(boolean chainTasksOfALane) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int[] workers = {
      builder.addLane(new Lane("pool-1-thread-1", 20)),
      builder.addLane(new Lane("pool-1-thread-2", 21))
    };
    int submit = builder.addSegment(0, 10, main, 0, "main");
    int[] tasks = new int[8];
    for (int i = 0; i < 8; i++) {
      int lane = i % 2;
      long start = 10 + (i / 2) * 100L;
      tasks[i] = builder.addSegment(start, 100, workers[lane], 1 + i, "task");
      builder.addEdge(submit, tasks[i], EdgeKind.SPAWN);
      if (chainTasksOfALane && i >= 2) {
        builder.addEdge(tasks[i - 2], tasks[i], EdgeKind.PROGRAM_ORDER);
      }
    }
    int joined = builder.addSegment(410, 10, main, 0, "main");
    builder.addEdge(submit, joined, EdgeKind.PROGRAM_ORDER);
    for (int task : tasks) {
      builder.addEdge(task, joined, EdgeKind.JOIN);
    }
    return builder.build();
  }
}
