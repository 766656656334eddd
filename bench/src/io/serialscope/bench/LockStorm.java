package io.serialscope.bench;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock storm: two threads take one {@link ReentrantLock} N times in all (N/2 each), doing a few
 * nanoseconds of work inside and OUTSIDE steps of a dependent multiply chain (about a nanosecond
 * each) between two acquisitions (default 0: nothing but the lock), ROUNDS times (default 1). Prints the acquisitions, a checksum, the
 * seconds the first round took and, with more than one round, the median seconds of the later ones
 * (the JIT has compiled the woven code by then). Usage: {@code LockStorm N [ROUNDS [OUTSIDE]]}.
 */
public final class LockStorm {
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static long shared;
  private static int outside;

  public static void main(String[] args) throws InterruptedException {
    int n = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    outside = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    double[] seconds = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      Thread[] threads = new Thread[2];
      for (int t = 0; t < threads.length; t++) {
        threads[t] = new Thread(() -> takeLock(n / 2), "lock-storm-" + t);
        threads[t].start();
      }
      for (Thread t : threads) {
        t.join();
      }
      seconds[round] = (System.nanoTime() - t0) / 1e9;
    }
    System.out.printf("acquisitions=%d result=%d seconds=%.3f", n, shared + sink, seconds[0]);
    if (rounds > 1) {
      double[] later = Arrays.copyOfRange(seconds, 1, rounds);
      Arrays.sort(later);
      System.out.printf(" later=%.3f", later[later.length / 2]);
    }
    System.out.println();
  }

  private static volatile long sink;

  private static void takeLock(int times) {
    long own = 0;
    for (int i = 0; i < times; i++) {
      for (int j = 0; j < outside; j++) {
        own = own * 6364136223846793005L + 1442695040888963407L; // a chain the JIT cannot fold
      }
      LOCK.lock();
      try {
        shared += (i * 2654435761L) >>> 7;
      } finally {
        LOCK.unlock();
      }
    }
    sink += own;
  }
}
