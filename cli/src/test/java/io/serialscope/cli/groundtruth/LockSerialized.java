package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@value #TASKS} tasks on a 2-thread pool, each {@value #OUTSIDE_MS} ms outside a {@link
 * ReentrantLock}, then {@value #INSIDE_MS} ms holding it.
 *
 * <p>The outside parts are independent; the critical sections form one chain in the order the lock
 * was taken (each acquisition happens after the previous release).
 *
 * <ul>
 *   <li>Work T1 = 8·(50 + 100) = 1200 ms.
 *   <li>Span T∞ = one outside part, then the 8 critical sections: 50 + 8·100 = 850 ms.
 *   <li>ASAP: the 8 outside parts run together during [0, 50], then exactly one critical section
 *       runs at a time during [50, 850]: s = 800 / 1200 = 0.667.
 *   <li>Greedy, ready segments first-come first-served: p = 4: outside parts 1–4 in [0, 50], 5–8 in
 *       [50, 100] (ready before the first critical section, ready at 50), the chain in [100, 900]:
 *       T_4 = 900, S(4) = 1200 / 900 = 1.333. p = 8: outside parts in [0, 50], the chain in [50,
 *       850]: T_8 = 850, S(8) = 1.412. Were the first critical section ready before outside parts
 *       5–8 (the main thread's submissions held back behind the first outside parts, or the first
 *       outside part and critical section recorded as one segment), the chain would start at 50:
 *       T_4 = 850, S(4) = 1.412; the test accepts either.
 * </ul>
 */
public final class LockSerialized {
  static final int TASKS = 8;
  static final int OUTSIDE_MS = 50;
  static final int INSIDE_MS = 100;

  private LockSerialized() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ReentrantLock lock = new ReentrantLock();
    int[] inside = new int[1];
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(
          pool.submit(
              () -> {
                Spin.millis(OUTSIDE_MS);
                lock.lock();
                try {
                  inside[0]++;
                  Spin.millis(INSIDE_MS);
                } finally {
                  lock.unlock();
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    lock.lock();
    try {
      if (inside[0] != TASKS) {
        throw new AssertionError("lost an update: " + inside[0]);
      }
    } finally {
      lock.unlock();
    }
  }
}
