package io.serialscope.cli.groundtruth;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock storm of known structure: {@code ROUNDS} rounds, each a serial phase on the main thread
 * ({@code SERIAL_MS} ms of CPU, {@link Spin}) followed by two threads that each take one {@link
 * ReentrantLock} {@code TAKES} times, holding it {@code INSIDE_MICROS} µs and working {@code
 * OUTSIDE_MICROS} µs between two takes (wall-clock spins, {@link TinyLeavesForkJoin#spinWall}).
 * Both threads take the lock in turn, so nearly every acquisition is a hand-over between tasks.
 * Arguments: rounds, takes, insideMicros, outsideMicros, serialMs.
 *
 * <ul>
 *   <li>Work T1 = rounds·(serialMs + 2·takes·(inside + outside)).
 *   <li>Span T∞ = rounds·(serialMs + takes·(inside + outside)) if no taker ever waited: the threads
 *       overlap, and the lock serializes only the inside parts, a small share of each thread's
 *       time. A taker that finds the lock held parks, and its wake-up adds to the span.
 * </ul>
 */
public final class LockHandoffStorm {
  private static final ReentrantLock LOCK = new ReentrantLock();

  private LockHandoffStorm() {}

  public static void main(String[] args) throws InterruptedException {
    int rounds = Integer.parseInt(args[0]);
    int takes = Integer.parseInt(args[1]);
    long insideNanos = Long.parseLong(args[2]) * 1000;
    long outsideNanos = Long.parseLong(args[3]) * 1000;
    long serialMs = Long.parseLong(args[4]);
    for (int r = 0; r < rounds; r++) {
      Spin.millis(serialMs);
      Thread[] takers = new Thread[2];
      for (int t = 0; t < takers.length; t++) {
        takers[t] = new Thread(() -> take(takes, insideNanos, outsideNanos), "taker-" + t);
        takers[t].start();
      }
      for (Thread t : takers) {
        t.join();
      }
    }
  }

  private static void take(int takes, long insideNanos, long outsideNanos) {
    for (int i = 0; i < takes; i++) {
      LOCK.lock();
      try {
        TinyLeavesForkJoin.spinWall(insideNanos);
      } finally {
        LOCK.unlock();
      }
      TinyLeavesForkJoin.spinWall(outsideNanos);
    }
  }
}
