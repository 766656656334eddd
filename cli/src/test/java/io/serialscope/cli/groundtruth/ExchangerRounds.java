package io.serialscope.cli.groundtruth;

import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;

/**
 * Two threads swap buffers through an {@link Exchanger} after each of 3 rounds of unequal work; a
 * round starts only when both swapped the previous one (each needs the other's buffer).
 *
 * <pre>
 *            thread a  thread b  longer
 *   round 1    200       400      400
 *   round 2    300       100      300
 *   round 3    200       300      300
 * </pre>
 *
 * <ul>
 *   <li>Work T1 = 700 + 800 = 1500 ms.
 *   <li>Span T∞ = 400 + 300 + 300 = 1000 ms.
 *   <li>ASAP: one thread runs alone for the difference of each round: s = (200 + 200 + 100) / 1500
 *       = 0.333.
 *   <li>At most 2 segments at once: T_4 = T_8 = 1000, S(4) = S(8) = 1.5.
 * </ul>
 */
public final class ExchangerRounds {
  static final int[] A_MS = {200, 300, 200};
  static final int[] B_MS = {400, 100, 300};

  private ExchangerRounds() {}

  static Thread party(Exchanger<int[]> exchanger, int[] ms, int id, int[] result) {
    return new Thread(
        () -> {
          try {
            int[] buffer = {id};
            for (int round = 0; round < ms.length; round++) {
              Spin.millis(ms[round]);
              buffer = exchanger.exchange(buffer, 1, TimeUnit.MINUTES);
            }
            result[0] = buffer[0];
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        "party-" + id);
  }

  public static void main(String[] args) throws Exception {
    Exchanger<int[]> exchanger = new Exchanger<>();
    int[] resultA = {-1};
    int[] resultB = {-1};
    Thread a = party(exchanger, A_MS, 1, resultA);
    Thread b = party(exchanger, B_MS, 2, resultB);
    a.start();
    b.start();
    a.join();
    b.join();
    // three swaps: each ends up with the other's buffer
    if (resultA[0] != 2 || resultB[0] != 1) {
      throw new AssertionError("buffers " + resultA[0] + ", " + resultB[0]);
    }
  }
}
