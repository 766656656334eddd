package io.serialscope.cli.groundtruth;

/**
 * The main thread works {@value #MAIN_MS} ms, starts a (non-daemon) thread that works {@value
 * #WORKER_MS} ms, and returns at once without joining it; the JVM waits for the thread to end.
 * After main returns the main thread does nothing the program asked for (on Java 17 it waits, in
 * native code, as DestroyJavaVM).
 *
 * <ul>
 *   <li>Work T1 = 300 + 900 = 1200 ms.
 *   <li>Span T∞ = 300 + 900 = 1200 ms (the thread starts after main's work).
 *   <li>s = 1, S(p) = 1.
 * </ul>
 */
public final class MainReturnsEarly {
  static final int MAIN_MS = 300;
  static final int WORKER_MS = 900;

  private MainReturnsEarly() {}

  public static void main(String[] args) {
    Spin.millis(MAIN_MS);
    new Thread(() -> Spin.millis(WORKER_MS), "worker").start();
  }
}
