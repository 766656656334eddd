package io.serialscope.cli.groundtruth;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@value #TASKS} tasks of {@value #TASK_MS} ms submitted through an {@link
 * ExecutorCompletionService} on a 2-thread pool; the main thread {@code take}s the results in
 * completion order and spends {@value #PROCESS_MS} ms on each. It waits for the first of each pair
 * of results and finds the second already queued (a take that does not block).
 *
 * <ul>
 *   <li>Work T1 = 4·300 + 4·75 = 1500 ms.
 *   <li>Span T∞ = one task, then the 4 processing steps of the main thread: 300 + 4·75 = 600 ms.
 *   <li>ASAP: the 4 tasks in [0, 300], then the main thread alone in [300, 600]: s = 300 / 1500 =
 *       0.2.
 *   <li>Greedy on p ≥ 4 processors runs the 4 tasks at once whatever their order: T_4 = T_8 = 600,
 *       S(4) = S(8) = 2.5.
 * </ul>
 */
public final class CompletionServiceConsumer {
  static final int TASKS = 4;
  static final int TASK_MS = 300;
  static final int PROCESS_MS = 75;

  private CompletionServiceConsumer() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ExecutorCompletionService<Integer> service = new ExecutorCompletionService<>(pool);
    for (int i = 0; i < TASKS; i++) {
      int n = i;
      service.submit(
          () -> {
            Spin.millis(TASK_MS);
            return n;
          });
    }
    int sum = 0;
    for (int i = 0; i < TASKS; i++) {
      sum += service.take().get();
      Spin.millis(PROCESS_MS);
    }
    pool.shutdown();
    if (sum != TASKS * (TASKS - 1) / 2) {
      throw new AssertionError("results summed " + sum);
    }
  }
}
