package io.serialscope.cli.groundtruth;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The barrier-phased simulation of {@link Phases} with a fresh {@link CountDownLatch} of count 3
 * per phase: every party counts it down, then awaits it. Work 1700 ms, span 800 ms, s = 0.118, S(4)
 * = S(8) = 2.125 (arithmetic in {@link Phases}).
 */
public final class LatchPhases {
  private LatchPhases() {}

  public static void main(String[] args) throws Exception {
    CountDownLatch[] latches = new CountDownLatch[Phases.PHASES];
    for (int i = 0; i < latches.length; i++) {
      latches[i] = new CountDownLatch(Phases.PARTIES);
    }
    Phases.run(
        (party, phase) -> {
          latches[phase].countDown();
          if (!latches[phase].await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("phase " + phase + " never completed");
          }
        });
  }
}
