package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A serial phase of {@value #SERIAL_MS} ms, then {@value #TASKS} independent tasks of {@value
 * #TASK_MS} ms on a pool of 2 threads. Work = 400 + 8·200 = 2000 ms; span = 400 + 200 = 600 ms; T_4
 * = 400 + 2·200 = 800 ms, so S(4) = 2.5 although the pool had only 2 threads.
 */
public final class SerialThenParallel {
  static final int SERIAL_MS = 400;
  static final int TASKS = 8;
  static final int TASK_MS = 200;

  public static void main(String[] args) throws Exception {
    Spin.millis(SERIAL_MS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(pool.submit(() -> Spin.millis(TASK_MS)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }
}
