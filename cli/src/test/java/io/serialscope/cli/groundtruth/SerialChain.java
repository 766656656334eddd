package io.serialscope.cli.groundtruth;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An inherently serial chain of {@value #STEPS} tasks of {@value #STEP_MS} ms on a 2-thread pool:
 * each task, when its work is done, submits the next one ({@code execute}); the last counts down a
 * latch the main thread waits on. Nothing can overlap.
 *
 * <ul>
 *   <li>Work T1 = span T∞ = 6·250 = 1500 ms.
 *   <li>s = 1 (one segment at a time throughout).
 *   <li>S(p) = 1 for every p.
 * </ul>
 */
public final class SerialChain {
  static final int STEPS = 6;
  static final int STEP_MS = 250;

  private static final CountDownLatch DONE = new CountDownLatch(1);
  private static volatile int stepsRun;

  private SerialChain() {}

  static void step(ExecutorService pool, int n) {
    Spin.millis(STEP_MS);
    stepsRun = n;
    if (n < STEPS) {
      pool.execute(() -> step(pool, n + 1));
    } else {
      DONE.countDown();
    }
  }

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    pool.execute(() -> step(pool, 1));
    DONE.await();
    pool.shutdown();
    if (stepsRun != STEPS) {
      throw new AssertionError("chain stopped at " + stepsRun);
    }
  }
}
