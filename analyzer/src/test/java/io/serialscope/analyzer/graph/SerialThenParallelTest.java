package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import org.junit.jupiter.api.Test;

/** A serial phase a = 100 ns, then n = 8 independent tasks of b = 50 ns. */
class SerialThenParallelTest {
  private final SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

  @Test
  void workSpanAndParallelism() {
    AsapSchedule asap = AsapSchedule.of(graph);
    CriticalPath path = CriticalPath.of(graph);
    // T1 = a + n*b = 100 + 8*50 = 500
    assertThat(asap.workNanos()).isEqualTo(500);
    // T∞ = a + b = 100 + 50 = 150
    assertThat(path.spanNanos()).isEqualTo(150);
    assertThat(asap.makespanNanos()).isEqualTo(150);
    // parallelism = 500 / 150 = 3.333...
    assertThat((double) asap.workNanos() / path.spanNanos()).isCloseTo(10.0 / 3, within(1e-12));
  }

  @Test
  void criticalPathIsTheSerialPhaseThenTheLowestIndexedTask() {
    // all eight tasks tie at 50 ns; the lowest index (1) wins
    assertThat(CriticalPath.of(graph).segments()).containsExactly(0, 1);
  }

  @Test
  void serialFractionIsAOverWork() {
    // s = a / (a + n*b) = 100 / 500 = 0.2
    AsapSchedule asap = AsapSchedule.of(graph);
    assertThat(asap.serialWorkNanos()).isEqualTo(100);
    assertThat(asap.serialFraction()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void profileIsOneThenEightThenZero() {
    // [0,100): the serial phase alone; [100,150): the eight tasks; then nothing
    Analysis.ParallelismProfile profile = AsapSchedule.of(graph).profile();
    assertThat(profile.timesNanos()).containsExactly(0, 100, 150);
    assertThat(profile.levels()).containsExactly(1, 8, 0);
  }

  @Test
  void greedyTimeIsSerialPhasePlusRoundsOfTasks() {
    // T_p = a + ceil(n/p)*b
    // p=1:  100 + 8*50 = 500
    // p=2:  100 + 4*50 = 300
    // p=4:  100 + 2*50 = 200
    // p=8:  100 + 1*50 = 150
    // p=16: 100 + 1*50 = 150
    assertThat(GreedySchedule.makespanNanos(graph, 1)).isEqualTo(500);
    assertThat(GreedySchedule.makespanNanos(graph, 2)).isEqualTo(300);
    assertThat(GreedySchedule.makespanNanos(graph, 4)).isEqualTo(200);
    assertThat(GreedySchedule.makespanNanos(graph, 8)).isEqualTo(150);
    assertThat(GreedySchedule.makespanNanos(graph, 16)).isEqualTo(150);
    // p=3: 100 + ceil(8/3)*50 = 100 + 3*50 = 250
    assertThat(GreedySchedule.makespanNanos(graph, 3)).isEqualTo(250);
  }

  @Test
  void greedyStartsTasksInIndexOrderOnTwoProcessors() {
    // p=2: tasks 1,2 at 100; 3,4 at 150; 5,6 at 200; 7,8 at 250
    GreedySchedule schedule = GreedySchedule.run(graph, 2);
    long[] expected = {0, 100, 100, 150, 150, 200, 200, 250, 250};
    for (int s = 0; s < expected.length; s++) {
      assertThat(schedule.startNanos(s)).as("start of %d", s).isEqualTo(expected[s]);
    }
  }

  @Test
  void amdahlWithTheRecordedSerialFraction() {
    // 1 / (0.2 + 0.8/4) = 1 / 0.4 = 2.5 ; 1 / (0.2 + 0.8/16) = 1 / 0.25 = 4
    assertThat(Amdahl.speedup(0.2, 4)).isCloseTo(2.5, within(1e-12));
    assertThat(Amdahl.speedup(0.2, 16)).isCloseTo(4.0, within(1e-12));
    assertThat(Amdahl.speedup(0.2, 1)).isCloseTo(1.0, within(1e-12));
  }
}
