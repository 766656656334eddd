package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@value #SERIAL_MS} ms on the main thread, then {@value #TASKS} tasks of {@value #TASK_MS} ms
 * {@code schedule}d on a {@code ScheduledThreadPoolExecutor(2)} with delays 0, 40, …, 200 ms, the
 * main thread waiting for all their futures, then {@value #SERIAL_MS} ms more.
 *
 * <p>A delay is a timer, not work and not a dependency on work: the delays never hold a task back
 * here anyway (the two threads are busy for 200 ms with the earlier tasks).
 *
 * <ul>
 *   <li>Work T1 = 200 + 6·200 + 200 = 1600 ms.
 *   <li>Span T∞ = 200 + 200 + 200 = 600 ms.
 *   <li>s = (200 + 200) / 1600 = 0.25.
 *   <li>Greedy: T_4 = 200 + 2 rounds·200 + 200 = 800, S(4) = 2.0; T_8 = 600, S(8) = 2.667.
 * </ul>
 */
public final class ScheduledTasks {
  static final int SERIAL_MS = 200;
  static final int TASKS = 6;
  static final int TASK_MS = 200;
  static final int DELAY_STEP_MS = 40;

  private ScheduledTasks() {}

  public static void main(String[] args) throws Exception {
    Spin.millis(SERIAL_MS);
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
    List<ScheduledFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(
          pool.schedule(
              () -> {
                Spin.millis(TASK_MS);
                return 1;
              },
              (long) i * DELAY_STEP_MS,
              TimeUnit.MILLISECONDS));
    }
    int done = 0;
    for (ScheduledFuture<Integer> f : futures) {
      done += f.get();
    }
    pool.shutdown();
    if (done != TASKS) {
      throw new AssertionError("ran " + done);
    }
    Spin.millis(SERIAL_MS);
  }
}
