package io.serialscope.cli.groundtruth;

import java.util.concurrent.Phaser;

/**
 * The barrier-phased simulation of {@link Phases} with a {@link Phaser} of 3 registered parties
 * ({@code arriveAndAwaitAdvance}). Work 1700 ms, span 800 ms, s = 0.118, S(4) = S(8) = 2.125
 * (arithmetic in {@link Phases}).
 */
public final class PhaserPhases {
  private PhaserPhases() {}

  public static void main(String[] args) throws Exception {
    Phaser phaser = new Phaser(Phases.PARTIES);
    Phases.run(
        (party, phase) -> {
          if (phaser.arriveAndAwaitAdvance() < 0) {
            throw new IllegalStateException("phaser terminated in phase " + phase);
          }
        });
  }
}
