package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.insight.HandOffPrediction;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One training step, recorded with hand-offs that took 10 ns: main works 50 (A), hands two shards
 * of 100 to two idle workers (B, C, started 10 after A ended), and resumes 10 after the last shard
 * ended (D, 50). By hand, with hand-offs of 10: on 2 processors A [0, 50], B and C [60, 160], D
 * [170, 220]: T_2 = 220; on 1 processor A [0, 50], B [60, 160], C [160, 260], D [270, 320]: T_1 =
 * 320. Free hand-offs give T_1 = 300 and T_2 = 200.
 */
class HandOffLatencyTest {
  private static SegmentGraph trainingStep(long handOff) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int a = builder.addSegment(0, 50, main, 0, "A");
    int b = builder.addSegment(50 + handOff, 100, builder.addLane(new Lane("w1", 2)), 1, "B");
    int c = builder.addSegment(50 + handOff, 100, builder.addLane(new Lane("w2", 3)), 2, "C");
    int d = builder.addSegment(150 + 2 * handOff, 50, main, 0, "D");
    builder.addEdge(a, b, EdgeKind.SPAWN);
    builder.addEdge(a, c, EdgeKind.SPAWN);
    builder.addEdge(a, d, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(b, d, EdgeKind.JOIN);
    builder.addEdge(c, d, EdgeKind.JOIN);
    return builder.build();
  }

  @Test
  void measuresTheGapWhereAnIdleLaneWaitedForAnotherLane() {
    HandOffLatency latency = HandOffLatency.of(trainingStep(10));

    assertThat(latency.latencyNanos()).isEqualTo(10);
    assertThat(latency.samples()).isEqualTo(3); // B and C woken by A, D woken by the last shard
  }

  @Test
  void schedulesHandOffsBetweenLanesButNotWithinOne() {
    SegmentGraph graph = trainingStep(10);

    assertThat(GreedySchedule.makespanNanos(graph, 2, 10)).isEqualTo(220);
    assertThat(GreedySchedule.makespanNanos(graph, 1, 10)).isEqualTo(320);
    // free hand-offs: the graph model of DESIGN.md, unchanged
    assertThat(GreedySchedule.makespanNanos(graph, 2)).isEqualTo(200);
    assertThat(GreedySchedule.makespanNanos(graph, 1)).isEqualTo(300);
  }

  @Test
  void predictsTheSpeedupOfSchedulesThatBothPayForHandOffs() {
    HandOffPrediction prediction = HandOffPrediction.of(trainingStep(10), List.of(1, 2));

    assertThat(prediction.latencyNanos()).isEqualTo(10);
    assertThat(prediction.predictedNanos()).containsEntry(1, 320L).containsEntry(2, 220L);
    assertThat(prediction.predictedSpeedup().get(2)).isCloseTo(320.0 / 220, within(1e-9));
  }

  @Test
  void aTaskQueuedBehindABusyWorkerIsNoHandOff() {
    // main spawns X and Y at 0 and 5; the one worker runs X [0, 100], then Y [100, 200]
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int worker = builder.addLane(new Lane("worker", 2));
    int spawnX = builder.addSegment(0, 0, main, 0, "main");
    int spawnY = builder.addSegment(5, 0, main, 0, "main");
    int x = builder.addSegment(0, 100, worker, 1, "X");
    int y = builder.addSegment(100, 100, worker, 2, "Y");
    builder.addEdge(spawnX, spawnY, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(spawnX, x, EdgeKind.SPAWN);
    builder.addEdge(spawnY, y, EdgeKind.SPAWN);

    assertThat(HandOffLatency.of(builder.build())).isEqualTo(HandOffLatency.NONE);
  }

  @Test
  void withoutGapsNothingChanges() {
    SegmentGraph graph = trainingStep(0);

    assertThat(HandOffLatency.of(graph)).isEqualTo(HandOffLatency.NONE);
    assertThat(HandOffPrediction.of(graph, List.of(2)).predictedSpeedup().get(2))
        .isCloseTo(300.0 / 200, within(1e-9));
  }
}
