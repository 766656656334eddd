package io.serialscope.cli.workloads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@value #STEPS} dependent async stages of {@value #STEP_MS} ms on a 2-thread pool: each starts
 * when the previous one completed. Work = span = 6·300 = 1800 ms; no processor count helps: S(p) =
 * 1.
 */
public final class TaskChain {
  static final int STEPS = 6;
  static final int STEP_MS = 300;

  public static void main(String[] args) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CompletableFuture<Integer> chain =
        CompletableFuture.supplyAsync(
            () -> {
              Spin.millis(STEP_MS);
              return 1;
            },
            pool);
    for (int i = 1; i < STEPS; i++) {
      chain =
          chain.thenApplyAsync(
              n -> {
                Spin.millis(STEP_MS);
                return n + 1;
              },
              pool);
    }
    if (chain.join() != STEPS) {
      throw new AssertionError("chain broken");
    }
    pool.shutdown();
  }
}
