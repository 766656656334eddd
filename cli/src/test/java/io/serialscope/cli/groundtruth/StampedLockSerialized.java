package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.StampedLock;

/**
 * {@value #TASKS} tasks on a 2-thread pool, each {@value #OUTSIDE_MS} ms outside a {@link
 * StampedLock}, then {@value #INSIDE_MS} ms holding its write lock.
 *
 * <ul>
 *   <li>Work T1 = 6·(50 + 150) = 1200 ms.
 *   <li>Span T∞ = 50 + 6·150 = 950 ms (the write sections chain in the order the lock was taken).
 *   <li>ASAP: the 6 outside parts in [0, 50], then one writer at a time in [50, 950]: s = 900 /
 *       1200 = 0.75.
 *   <li>Greedy: p = 4: outside parts 1–4 in [0, 50]; at 50 outside parts 5, 6 and the first write
 *       section start together; the chain ends at 950: T_4 = 950, S(4) = 1.263. p = 8: T_8 = 950,
 *       S(8) = 1.263.
 * </ul>
 */
public final class StampedLockSerialized {
  static final int TASKS = 6;
  static final int OUTSIDE_MS = 50;
  static final int INSIDE_MS = 150;

  private StampedLockSerialized() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    StampedLock lock = new StampedLock();
    int[] inside = new int[1];
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(
          pool.submit(
              () -> {
                Spin.millis(OUTSIDE_MS);
                long stamp = lock.writeLock();
                try {
                  inside[0]++;
                  Spin.millis(INSIDE_MS);
                } finally {
                  lock.unlockWrite(stamp);
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    long stamp = lock.readLock();
    try {
      if (inside[0] != TASKS) {
        throw new AssertionError("lost an update: " + inside[0]);
      }
    } finally {
      lock.unlockRead(stamp);
    }
  }
}
