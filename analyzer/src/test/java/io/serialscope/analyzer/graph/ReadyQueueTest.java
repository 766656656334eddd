package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serialscope.analyzer.model.SegmentGraph;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts behind fast schedules give exactly what the plain algorithms give. */
class ReadyQueueTest {

  @Test
  void ordersAsTheHeapDoesWhenTimesNeverGoBack() {
    Random random = new Random(8);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(300);
      ReadyQueue fast = new ReadyQueue(n);
      SegmentTimeQueue heap = new SegmentTimeQueue(n);
      int[] segments = shuffled(n, random);
      long time = 0;
      int added = 0;
      while (added < n || !heap.isEmpty()) {
        if (added < n && (heap.isEmpty() || random.nextBoolean())) {
          time += random.nextInt(3) == 0 ? random.nextInt(5) : 0; // many equal times
          fast.add(time, segments[added]);
          heap.add(time, segments[added++]);
        } else {
          assertThat(fast.poll()).isEqualTo(heap.poll());
        }
        assertThat(fast.isEmpty()).isEqualTo(heap.isEmpty());
      }
    }
  }

  @Test
  void refusesTimeGoingBack() {
    ReadyQueue queue = new ReadyQueue(2);
    queue.add(5, 0);
    assertThatThrownBy(() -> queue.add(4, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void memorizedMakespansAndPathsEqualFreshOnes() {
    Random random = new Random(20261129L);
    for (int round = 0; round < 300; round++) {
      SegmentGraph graph = RandomDagPropertyTest.randomDag(random);
      for (int p : new int[] {1, 2, 3, 8}) {
        for (long handOff : new long[] {0, 1 + random.nextInt(300)}) {
          long fresh = GreedySchedule.run(graph, p, handOff).makespanNanos();
          assertThat(GreedySchedule.makespanNanos(graph, p, handOff)).isEqualTo(fresh);
          assertThat(GreedySchedule.makespanNanos(graph, p, handOff)).isEqualTo(fresh);
        }
      }
      SegmentGraph copy = graph.withDurations(graph.durationsCopy());
      assertThat(CriticalPath.of(graph).segments()).isEqualTo(CriticalPath.of(copy).segments());
      assertThat(CriticalPath.of(graph).spanNanos()).isEqualTo(CriticalPath.of(copy).spanNanos());
    }
  }

  private static int[] shuffled(int n, Random random) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
