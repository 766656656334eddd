package io.serialscope.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectIdsTest {
  private static final int BURST = 20_000;

  @Test
  void theSweeperDropsTheEntriesOfABurstThatIsOverAndShrinksTheTable() throws Exception {
    ObjectIds.startSweeper();
    Object survivor = new Object();
    long survivorId = ObjectIds.of(survivor);
    int before = ObjectIds.size();

    List<Object> burst = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      Object task = new Object();
      burst.add(task);
      ObjectIds.of(task);
    }
    int sizeDuringBurst = ObjectIds.size();
    int capacityDuringBurst = ObjectIds.capacity();
    assertThat(sizeDuringBurst).isGreaterThanOrEqualTo(BURST);
    WeakReference<Object> last = new WeakReference<>(burst.get(BURST - 1));
    burst = null;

    // nothing uses the table any more: only the sweeper can drop the entries once GC has run
    long deadline = System.nanoTime() + 20_000_000_000L;
    while ((last.get() != null || ObjectIds.size() > before) && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(100);
    }
    assertThat(last.get()).as("the burst's objects were collected").isNull();
    assertThat(ObjectIds.size()).as("entries after the sweep").isLessThanOrEqualTo(before);
    assertThat(ObjectIds.capacity())
        .as("slots after the sweep (at most 1/8 full, or the minimum)")
        .isLessThan(capacityDuringBurst / 4);
    assertThat(ObjectIds.of(survivor)).as("a live object keeps its id").isEqualTo(survivorId);
  }

  @Test
  void stoppingTheSweeperLeavesNoThreadBehindAndItCanStartAgain() {
    ObjectIds.startSweeper();
    ObjectIds.startSweeper(); // a second start while it runs: still one thread
    assertThat(sweeperThreads()).isEqualTo(1);
    ObjectIds.stopSweeper();
    assertThat(sweeperThreads()).isZero();
    ObjectIds.startSweeper(); // the next attach session
    assertThat(sweeperThreads()).isEqualTo(1);
    ObjectIds.stopSweeper();
  }

  private static long sweeperThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("serialscope-object-ids"))
        .count();
  }

  @Test
  void idsStayDistinctAcrossSweeps() {
    List<Object> kept = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Object o = new Object();
      kept.add(o);
      ids.add(ObjectIds.of(o));
      ObjectIds.of(new Object()); // garbage beside the kept ones
    }
    System.gc();
    ObjectIds.sweep();
    for (int i = 0; i < kept.size(); i++) {
      assertThat(ObjectIds.of(kept.get(i))).isEqualTo(ids.get(i));
    }
    assertThat(ids).doesNotHaveDuplicates();
  }
}
