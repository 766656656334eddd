package io.serialscope.cli.groundtruth;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A writer, two readers and a writer again on one {@link ReentrantReadWriteLock}. The main thread
 * takes the write lock, starts two reader threads (they block on the read lock), writes for {@value
 * #WRITE_MS} ms and releases; both readers then read at the same time, for {@value #READ_A_MS} and
 * {@value #READ_B_MS} ms; the main thread, once both hold the read lock, takes the write lock again
 * (it waits for both to release) and writes {@value #WRITE_MS} ms more.
 *
 * <ul>
 *   <li>Work T1 = 200 + 500 + 300 + 200 = 1200 ms.
 *   <li>Span T∞ = write, the longer read, write = 200 + 500 + 200 = 900 ms.
 *   <li>ASAP: the main thread alone in [0, 200] and [700, 900], both readers in [200, 500], the
 *       longer reader alone in [500, 700]: s = (200 + 200 + 200) / 1200 = 0.5.
 *   <li>At most 2 segments at once: T_4 = T_8 = 900, S(4) = S(8) = 1200 / 900 = 1.333.
 * </ul>
 */
public final class ReadWriteLockHandoff {
  static final int WRITE_MS = 200;
  static final int READ_A_MS = 500;
  static final int READ_B_MS = 300;

  private static int value;

  private ReadWriteLockHandoff() {}

  static Thread reader(ReentrantReadWriteLock lock, String name, int readMs, int[] seen) {
    return new Thread(
        () -> {
          lock.readLock().lock();
          try {
            seen[0] = value;
            Spin.millis(readMs);
          } finally {
            lock.readLock().unlock();
          }
        },
        name);
  }

  public static void main(String[] args) throws Exception {
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    int[] seenA = new int[1];
    int[] seenB = new int[1];
    Thread a = reader(lock, "reader-a", READ_A_MS, seenA);
    Thread b = reader(lock, "reader-b", READ_B_MS, seenB);
    lock.writeLock().lock();
    try {
      a.start();
      b.start();
      Spin.millis(WRITE_MS);
      value = 1;
    } finally {
      lock.writeLock().unlock();
    }
    while (lock.getReadLockCount() < 2 && a.isAlive() && b.isAlive()) {
      Thread.sleep(1);
    }
    lock.writeLock().lock();
    try {
      Spin.millis(WRITE_MS);
      value = 2;
    } finally {
      lock.writeLock().unlock();
    }
    a.join();
    b.join();
    if (seenA[0] != 1 || seenB[0] != 1) {
      throw new AssertionError("readers saw " + seenA[0] + " and " + seenB[0]);
    }
  }
}
