package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * {@value #TASKS} tasks on a 2-thread pool share a {@link Semaphore} of one permit: each spends
 * {@value #OUTSIDE_MS} ms without it, then {@value #PERMIT_MS} ms holding it.
 *
 * <ul>
 *   <li>Work T1 = 4·(100 + 250) = 1400 ms.
 *   <li>Span T∞ = one outside part, then the 4 permit holders one after another: 100 + 4·250 = 1100
 *       ms.
 *   <li>ASAP: the 4 outside parts run together in [0, 100], then one holder at a time in [100,
 *       1100]: s = 1000 / 1400 = 0.714.
 *   <li>Greedy: p = 4 and p = 8 run the 4 outside parts at once, then the chain: T_4 = T_8 = 1100,
 *       S(4) = S(8) = 1400 / 1100 = 1.273.
 * </ul>
 */
public final class SemaphoreLimited {
  static final int TASKS = 4;
  static final int OUTSIDE_MS = 100;
  static final int PERMIT_MS = 250;

  private SemaphoreLimited() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Semaphore permit = new Semaphore(1);
    int[] holders = new int[1];
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(
          pool.submit(
              () -> {
                Spin.millis(OUTSIDE_MS);
                permit.acquire();
                try {
                  holders[0]++;
                  Spin.millis(PERMIT_MS);
                } finally {
                  permit.release();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    permit.acquire();
    if (holders[0] != TASKS) {
      throw new AssertionError("holders " + holders[0]);
    }
  }
}
