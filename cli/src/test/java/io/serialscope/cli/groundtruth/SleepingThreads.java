package io.serialscope.cli.groundtruth;

/**
 * {@value #SERIAL_MS} ms on the main thread, then two threads started and joined, each working,
 * sleeping and working again, then {@value #SERIAL_MS} ms more on the main thread. Sleeping is
 * blocked time: neither work nor a dependency.
 *
 * <pre>
 *   thread a: 200 ms work, sleep 400 ms, 200 ms work
 *   thread b: 300 ms work, sleep 200 ms, 100 ms work
 * </pre>
 *
 * <ul>
 *   <li>Work T1 = 200 + (200 + 200) + (300 + 100) + 200 = 1200 ms (the 600 ms of sleep are not
 *       work).
 *   <li>Span T∞ = 200 + max(200 + 200, 300 + 100) + 200 = 800 ms (the run itself takes about 1200
 *       ms: sleeping stretches it, but more or faster processors would not be held up by it).
 *   <li>ASAP: main alone in [0, 200] and [600, 800]; in [200, 600] thread a's and thread b's work
 *       overlap throughout (a: [200, 600], b: [200, 600]): s = 400 / 1200 = 0.333.
 *   <li>At most 2 segments at once: T_4 = T_8 = 800, S(4) = S(8) = 1.5.
 * </ul>
 */
public final class SleepingThreads {
  static final int SERIAL_MS = 200;

  private SleepingThreads() {}

  static Thread worker(String name, int workMs, int sleepMs, int moreWorkMs) {
    return new Thread(
        () -> {
          Spin.millis(workMs);
          try {
            Thread.sleep(sleepMs);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          Spin.millis(moreWorkMs);
        },
        name);
  }

  public static void main(String[] args) throws Exception {
    Spin.millis(SERIAL_MS);
    Thread a = worker("a", 200, 400, 200);
    Thread b = worker("b", 300, 200, 100);
    a.start();
    b.start();
    a.join();
    b.join();
    Spin.millis(SERIAL_MS);
  }
}
