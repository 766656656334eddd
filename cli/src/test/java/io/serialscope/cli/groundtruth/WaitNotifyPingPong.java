package io.serialscope.cli.groundtruth;

/**
 * Two threads take turns through {@code Object.wait}/{@code notifyAll} on one monitor, {@value
 * #ROUNDS} rounds: thread a works {@value #A_MS} ms, gives the turn to b and waits for it back;
 * thread b waits for its turn, works {@value #B_MS} ms, gives the turn back. Each piece of work
 * starts only after the other thread's previous piece: one dependent chain. (The main thread starts
 * a only once b is waiting, so even the first hand-off goes through a wait.)
 *
 * <ul>
 *   <li>Work T1 = span T∞ = 5·(100 + 150) = 1250 ms.
 *   <li>s = 1 (one piece of work at a time).
 *   <li>S(p) = 1 for every p.
 * </ul>
 */
public final class WaitNotifyPingPong {
  static final int ROUNDS = 5;
  static final int A_MS = 100;
  static final int B_MS = 150;

  private static final Object MONITOR = new Object();
  private static boolean turnOfB;
  private static int rounds;

  private WaitNotifyPingPong() {}

  public static void main(String[] args) throws Exception {
    Thread b =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                awaitTurn(true);
                Spin.millis(B_MS);
                synchronized (MONITOR) {
                  rounds++;
                  turnOfB = false;
                  MONITOR.notifyAll();
                }
              }
            },
            "b");
    Thread a =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                Spin.millis(A_MS);
                synchronized (MONITOR) {
                  turnOfB = true;
                  MONITOR.notifyAll();
                }
                awaitTurn(false);
              }
            },
            "a");
    b.start();
    while (b.getState() != Thread.State.WAITING) {
      Thread.sleep(1);
    }
    a.start();
    a.join();
    b.join();
    synchronized (MONITOR) {
      if (rounds != ROUNDS) {
        throw new AssertionError("rounds " + rounds);
      }
    }
  }

  private static void awaitTurn(boolean b) {
    synchronized (MONITOR) {
      while (turnOfB != b) {
        try {
          MONITOR.wait();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
