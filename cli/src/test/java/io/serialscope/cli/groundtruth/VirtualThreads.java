package io.serialscope.cli.groundtruth;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Java 21+: {@value #SERIAL_MS} ms on the main thread, then {@value #THREADS} virtual threads
 * started and joined, each working {@value #PIECE_MS} ms, sleeping {@value #SLEEP_MS} ms (it
 * unmounts from its carrier) and working {@value #PIECE_MS} ms more, then {@value #SERIAL_MS} ms
 * more on the main thread. The test runs it with {@code -Djdk.virtualThreadScheduler.parallelism=2}
 * (two carriers). The project compiles for Java 17, so the virtual threads are started by
 * reflection ({@code Thread.startVirtualThread}).
 *
 * <ul>
 *   <li>Work T1 = 200 + 8·(100 + 100) + 200 = 2000 ms (sleeping is not work).
 *   <li>Span T∞ = 200 + 100 + 100 + 200 = 600 ms.
 *   <li>s = (200 + 200) / 2000 = 0.2.
 *   <li>Greedy, first-come first-served: p = 4: first pieces 1–4 in [200, 300], 5–8 in [300, 400]
 *       (ready before the second pieces ready at 300), second pieces in [400, 500] and [500, 600],
 *       main in [600, 800]: T_4 = 800, S(4) = 2.5. p = 8: T_8 = 600, S(8) = 3.333.
 * </ul>
 */
public final class VirtualThreads {
  static final int SERIAL_MS = 200;
  static final int THREADS = 8;
  static final int PIECE_MS = 100;
  static final int SLEEP_MS = 50;

  private VirtualThreads() {}

  public static void main(String[] args) throws Exception {
    Method start = Thread.class.getMethod("startVirtualThread", Runnable.class);
    Method isVirtual = Thread.class.getMethod("isVirtual");
    Spin.millis(SERIAL_MS);
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Runnable body =
          () -> {
            Spin.millis(PIECE_MS);
            try {
              Thread.sleep(SLEEP_MS);
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            Spin.millis(PIECE_MS);
            done.incrementAndGet();
          };
      Thread t = (Thread) start.invoke(null, body);
      if (!(Boolean) isVirtual.invoke(t)) {
        throw new AssertionError("not a virtual thread: " + t);
      }
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    if (done.get() != THREADS) {
      throw new AssertionError("finished " + done.get());
    }
    Spin.millis(SERIAL_MS);
  }
}
