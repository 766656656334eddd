package io.serialscope.cli.workloads;

/**
 * Two threads of {@value #THREAD_MS} ms started and joined by main, then {@value #AFTER_MS} ms of
 * serial work. Work = 2·400 + 300 = 1100 ms; span = 400 + 300 = 700 ms.
 */
public final class ThreadsJoin {
  static final int THREAD_MS = 400;
  static final int AFTER_MS = 300;

  public static void main(String[] args) throws InterruptedException {
    Thread a = new Thread(() -> Spin.millis(THREAD_MS));
    Thread b = new Thread(() -> Spin.millis(THREAD_MS));
    a.start();
    b.start();
    a.join();
    b.join();
    Spin.millis(AFTER_MS);
  }
}
