package io.serialscope.cli.workloads;

/**
 * Works on a pool for a while, then has the operating system kill its own JVM with SIGKILL: no
 * shutdown hook runs, so the recording file is never written; only JFR's repository remains.
 */
public final class KilledMidway {
  public static void main(String[] args) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    for (int round = 0; round < 20; round++) {
      java.util.List<java.util.concurrent.Future<?>> tasks = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(pool.submit(() -> Spin.millis(20)));
      }
      for (java.util.concurrent.Future<?> t : tasks) {
        t.get();
      }
    }
    // JFR flushes its chunk to the repository about once a second
    Thread.sleep(2500);
    new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
        .inheritIO()
        .start()
        .waitFor();
    Thread.sleep(10_000); // never reached
  }
}
