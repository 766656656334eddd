package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A level-by-level {@link CompletableFuture} graph on a 2-thread pool: {@value #LEAVES} {@code
 * supplyAsync} leaves of {@value #LEAF_MS} ms, then levels of {@code thenCombineAsync} stages of
 * {@value #COMBINE_MS} ms that each combine two stages of the level below (2 stages, then 1); the
 * main thread waits with {@code allOf(...).join()}.
 *
 * <p>Four leaves, not more: a greedy schedule on 4 processors may start a leaf before the main
 * thread's next (microsecond) submission, and with more leaves than processors that accident would
 * hold the remaining submissions back by a whole leaf.
 *
 * <ul>
 *   <li>Work T1 = 4·250 + (2 + 1)·200 = 1600 ms.
 *   <li>Span T∞ = 250 + 200 + 200 = 650 ms.
 *   <li>ASAP: the 4 leaves in [0, 250], the 2 combines in [250, 450], the last one alone in [450,
 *       650]: s = 200 / 1600 = 0.125.
 *   <li>Greedy on 4 or more processors is the ASAP schedule: T_4 = T_8 = 650, S(4) = S(8) = 1600 /
 *       650 = 2.462 (on the recorded 2 threads it took 500 + 200 + 200 = 900 ms).
 * </ul>
 */
public final class CompletableFutureLevels {
  static final int LEAVES = 4;
  static final int LEAF_MS = 250;
  static final int COMBINE_MS = 200;

  private CompletableFutureLevels() {}

  public static void main(String[] args) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<CompletableFuture<Integer>> all = new ArrayList<>();
    List<CompletableFuture<Integer>> level = new ArrayList<>();
    for (int i = 0; i < LEAVES; i++) {
      level.add(
          CompletableFuture.supplyAsync(
              () -> {
                Spin.millis(LEAF_MS);
                return 1;
              },
              pool));
    }
    all.addAll(level);
    while (level.size() > 1) {
      List<CompletableFuture<Integer>> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        next.add(
            level
                .get(i)
                .thenCombineAsync(
                    level.get(i + 1),
                    (a, b) -> {
                      Spin.millis(COMBINE_MS);
                      return a + b;
                    },
                    pool));
      }
      all.addAll(next);
      level = next;
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
    pool.shutdown();
    if (level.get(0).join() != LEAVES) {
      throw new AssertionError("graph computed " + level.get(0).join());
    }
  }
}
