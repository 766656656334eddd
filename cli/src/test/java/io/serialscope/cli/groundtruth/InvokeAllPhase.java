package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@value #SERIAL_MS} ms on the main thread, then {@code invokeAll} of {@value #TASKS} callables of
 * {@value #TASK_MS} ms on a 2-thread pool, then {@value #SERIAL_MS} ms more.
 *
 * <ul>
 *   <li>Work T1 = 200 + 8·150 + 200 = 1600 ms.
 *   <li>Span T∞ = 200 + 150 + 200 = 550 ms.
 *   <li>s = (200 + 200) / 1600 = 0.25.
 *   <li>Greedy: T_4 = 200 + 2 rounds·150 + 200 = 700, S(4) = 2.286; T_8 = 550, S(8) = 2.909.
 * </ul>
 */
public final class InvokeAllPhase {
  static final int SERIAL_MS = 200;
  static final int TASKS = 8;
  static final int TASK_MS = 150;

  private InvokeAllPhase() {}

  public static void main(String[] args) throws Exception {
    Spin.millis(SERIAL_MS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      tasks.add(
          () -> {
            Spin.millis(TASK_MS);
            return 1;
          });
    }
    int done = 0;
    for (Future<Integer> f : pool.invokeAll(tasks)) {
      done += f.get();
    }
    pool.shutdown();
    if (done != TASKS) {
      throw new AssertionError("ran " + done);
    }
    Spin.millis(SERIAL_MS);
  }
}
