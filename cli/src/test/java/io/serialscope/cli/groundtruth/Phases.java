package io.serialscope.cli.groundtruth;

import java.util.ArrayList;
import java.util.List;

/**
 * A barrier-phased simulation: {@value #PARTIES} dedicated threads (parties) run {@value #PHASES}
 * phases of unequal work, and no party starts a phase before every party finished the previous one.
 * The milliseconds per phase and party are {@link #MS}:
 *
 * <pre>
 *            party 0  party 1  party 2   longest
 *   phase 1    100      200      300       300
 *   phase 2    300      100      200       300
 *   phase 3    200      200      100       200
 * </pre>
 *
 * <ul>
 *   <li>Work T1 = 600 + 600 + 500 = 1700 ms.
 *   <li>Span T∞ = the longest party of each phase: 300 + 300 + 200 = 800 ms.
 *   <li>ASAP: a phase starts when the previous one's longest party ends; one party runs alone
 *       during the last 100 ms of phases 1 and 2, none in phase 3 (two parties run 200 ms): s = 200
 *       / 1700 = 0.118.
 *   <li>At most 3 segments run at once, so greedy on p ≥ 3 is the ASAP schedule: T_4 = T_8 = 800,
 *       S(4) = S(8) = 1700 / 800 = 2.125.
 * </ul>
 *
 * <p>{@link CyclicBarrierPhases}, {@link PhaserPhases} and {@link LatchPhases} separate the phases
 * with a different primitive each; the answers are the same.
 */
final class Phases {
  static final int PARTIES = 3;
  static final int PHASES = 3;
  static final int[][] MS = {{100, 200, 300}, {300, 100, 200}, {200, 200, 100}};

  /** What a party does at the end of a phase: arrive and wait for the others. */
  interface Sync {
    void arriveAndAwait(int party, int phase) throws Exception;
  }

  private Phases() {}

  /** Runs the simulation on {@value #PARTIES} threads; throws if any party failed. */
  static void run(Sync sync) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int p = 0; p < PARTIES; p++) {
      int party = p;
      threads.add(
          new Thread(
              () -> {
                try {
                  for (int phase = 0; phase < PHASES; phase++) {
                    Spin.millis(MS[phase][party]);
                    sync.arriveAndAwait(party, phase);
                  }
                } catch (Throwable t) {
                  synchronized (failure) {
                    failure[0] = t;
                  }
                }
              },
              "party-" + p));
    }
    for (Thread t : threads) {
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    synchronized (failure) {
      if (failure[0] != null) {
        throw new AssertionError("a party failed", failure[0]);
      }
    }
  }
}
