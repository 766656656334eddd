package io.serialscope.cli.workloads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A program that reaches for CUDA through JCuda, where there may be no driver: it prints what
 * happened and some CPU results, and exits with 3 when CUDA is unavailable (so a changed exit code
 * under the agent shows).
 */
public final class JCudaWithoutDriver {
  private JCudaWithoutDriver() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Long> sum = pool.submit(() -> sum(2_000_000));
    int code;
    try {
      jcuda.driver.JCudaDriver.setExceptionsEnabled(true);
      jcuda.driver.JCudaDriver.cuInit(0);
      System.out.println("CUDA initialized");
      code = 0;
    } catch (Throwable t) {
      String message = String.valueOf(t.getMessage());
      System.out.println("CUDA unavailable: " + t.getClass().getName());
      System.out.println(message.lines().findFirst().orElse(""));
      code = 3;
    }
    System.out.println("sum " + sum.get());
    pool.shutdown();
    System.exit(code);
  }

  private static long sum(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += i % 7;
    }
    return s;
  }
}
