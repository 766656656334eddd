package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import org.junit.jupiter.api.Test;

/**
 * A main thread starts 4 tasks of 100 ns, cut into 1-ns segments at each start, then waits for them
 * all and runs 10 ns more. On 2 processors a running thread keeps its processor: main hands out all
 * four tasks at once (T_2 = 4 + 2·100 + 10 = 214), instead of losing its processor to the first
 * task it started and handing out the rest only as processors free up (4 + 3·100 + 10 = 314 with
 * one task left alone at the end).
 */
class SpawnerKeepsItsProcessorTest {

  @Test
  void aThreadThatStartsTasksKeepsItsProcessorBetweenStarts() {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int mainLane = builder.addLane(new Lane("main", 1));
    int previous = -1;
    int[] tasks = new int[4];
    for (int i = 0; i < 4; i++) {
      int spawner = builder.addSegment(i, 1, mainLane, 0, "main");
      if (previous >= 0) {
        builder.addEdge(previous, spawner, EdgeKind.PROGRAM_ORDER);
      }
      int lane = builder.addLane(new Lane("task-" + i, 10 + i));
      tasks[i] = builder.addSegment(i + 1, 100, lane, 1 + i, "task");
      builder.addEdge(spawner, tasks[i], EdgeKind.SPAWN);
      previous = spawner;
    }
    int last = builder.addSegment(200, 10, mainLane, 0, "main");
    builder.addEdge(previous, last, EdgeKind.PROGRAM_ORDER);
    for (int task : tasks) {
      builder.addEdge(task, last, EdgeKind.JOIN);
    }
    SegmentGraph graph = builder.build();

    assertThat(GreedySchedule.makespanNanos(graph, 1)).isEqualTo(414);
    // tasks start at 1, 2 (on the second processor, and on the first when main has handed out all)
    assertThat(GreedySchedule.makespanNanos(graph, 2)).isEqualTo(214);
    assertThat(GreedySchedule.makespanNanos(graph, 4)).isEqualTo(114);
  }
}
