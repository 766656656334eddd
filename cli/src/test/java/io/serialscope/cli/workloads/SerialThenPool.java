package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A serial phase of {@value #SERIAL_MS} ms, then {@value #TASKS} tasks of {@value #TASK_MS} ms on a
 * pool of {@code args[0]} threads: the same work at any thread count. Wall time on p threads (p
 * dividing 4): 100 + 4·200/p ms, i.e. 900 ms on 1 thread and 500 ms on 2, so the measured speedup
 * ψ(2) = 1.8 and Karp–Flatt's e(2) = (1/1.8 - 1/2) / (1 - 1/2) = 1/9, the serial share of 900 ms.
 */
public final class SerialThenPool {
  static final int SERIAL_MS = 100;
  static final int TASKS = 4;
  static final int TASK_MS = 200;

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    Spin.millis(SERIAL_MS);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
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
