package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@value #TASKS} independent tasks of {@value #TASK_MS} ms of CPU time each on a fixed pool. Work
 * = 8·200 = 1600 ms and span = 200 ms whatever the pool size; on a 2-core machine a pool of 8 makes
 * each task wait for a core about three quarters of its wall time, which the analyzer must remove.
 */
public final class SpinTasksOnPool {
  static final int TASKS = 8;
  static final int TASK_MS = 200;

  static void run(int poolSize) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(poolSize);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      futures.add(pool.submit(() -> Spin.millis(TASK_MS)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  /** The pool as large as this 2-core machine. */
  public static final class PoolOfTwo {
    public static void main(String[] args) throws Exception {
      run(2);
    }
  }

  /** The pool four times larger than the machine: oversubscribed. */
  public static final class PoolOfEight {
    public static void main(String[] args) throws Exception {
      run(8);
    }
  }
}
