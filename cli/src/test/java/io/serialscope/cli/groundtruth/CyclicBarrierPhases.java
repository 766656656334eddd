package io.serialscope.cli.groundtruth;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * The barrier-phased simulation of {@link Phases} with one {@link CyclicBarrier} of 3 parties
 * reused for every phase. Work 1700 ms, span 800 ms, s = 0.118, S(4) = S(8) = 2.125 (arithmetic in
 * {@link Phases}).
 */
public final class CyclicBarrierPhases {
  private CyclicBarrierPhases() {}

  public static void main(String[] args) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(Phases.PARTIES);
    Phases.run((party, phase) -> barrier.await(1, TimeUnit.MINUTES));
  }
}
