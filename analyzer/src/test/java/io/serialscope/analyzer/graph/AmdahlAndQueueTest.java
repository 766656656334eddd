package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AmdahlAndQueueTest {

  @Test
  void amdahlAtTheExtremes() {
    // s = 0: linear speedup p ; s = 1: no speedup ; s = 0.5, p = 2: 1 / (0.5 + 0.25) = 4/3
    assertThat(Amdahl.speedup(0.0, 8)).isCloseTo(8.0, within(1e-12));
    assertThat(Amdahl.speedup(1.0, 8)).isCloseTo(1.0, within(1e-12));
    assertThat(Amdahl.speedup(0.5, 2)).isCloseTo(4.0 / 3, within(1e-12));
  }

  @Test
  void amdahlRefusesNonsense() {
    assertThatThrownBy(() -> Amdahl.speedup(1.5, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amdahl.speedup(Double.NaN, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amdahl.speedup(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void greedyRefusesZeroProcessors() {
    assertThatThrownBy(() -> GreedySchedule.run(TestGraphs.chain(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queueOrdersByTimeThenLowestSegment() {
    SegmentTimeQueue queue = new SegmentTimeQueue(6);
    queue.add(30, 1);
    queue.add(10, 9);
    queue.add(10, 4);
    queue.add(20, 0);
    queue.add(10, 7);
    queue.add(5, 8);
    int[] order = new int[6];
    for (int i = 0; i < order.length; i++) {
      order[i] = queue.poll();
    }
    assertThat(order).containsExactly(8, 4, 7, 9, 0, 1);
    assertThat(queue.isEmpty()).isTrue();
  }
}
