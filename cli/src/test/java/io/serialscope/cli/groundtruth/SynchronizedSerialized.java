package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The shape of {@link LockSerialized} with a contended {@code synchronized} block: {@value #TASKS}
 * tasks on a 2-thread pool, each {@value #OUTSIDE_MS} ms outside the monitor, then {@value
 * #INSIDE_MS} ms inside it. The two workers always contend: while one holds the monitor for 100 ms
 * the other finishes its 50 ms outside part and blocks on entry.
 *
 * <ul>
 *   <li>Work T1 = 8·(50 + 100) = 1200 ms.
 *   <li>Span T∞ = 50 + 8·100 = 850 ms (the critical sections chain in the order the monitor was
 *       entered).
 *   <li>s = 800 / 1200 = 0.667 (only one critical section runs during [50, 850] of the ASAP
 *       schedule).
 *   <li>Greedy: T_4 = 50 + 50 + 800 = 900, S(4) = 1.333; T_8 = 850, S(8) = 1.412 (see {@link
 *       LockSerialized}).
 * </ul>
 */
public final class SynchronizedSerialized {
  static final int TASKS = 8;
  static final int OUTSIDE_MS = 50;
  static final int INSIDE_MS = 100;

  private static final Object MONITOR = new Object();
  private static int inside;

  private SynchronizedSerialized() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(
          pool.submit(
              () -> {
                Spin.millis(OUTSIDE_MS);
                synchronized (MONITOR) {
                  inside++;
                  Spin.millis(INSIDE_MS);
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    synchronized (MONITOR) {
      if (inside != TASKS) {
        throw new AssertionError("lost an update: " + inside);
      }
    }
  }
}
