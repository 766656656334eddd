package io.serialscope.cli.workloads;

/** Does a little work on a pool, then fails with exit code 3: `run` must still report it. */
public final class ExitWithCode {
  public static void main(String[] args) throws Exception {
    Thread t = new Thread(() -> Spin.millis(50));
    t.start();
    t.join();
    System.exit(3);
  }
}
