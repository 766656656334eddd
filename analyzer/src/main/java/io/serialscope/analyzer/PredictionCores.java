package io.serialscope.analyzer;

/**
 * The core count that predictions and what-if scenarios take as "the recorded machine": physical
 * cores when known (SMT siblings share a core's execution units, so they do not double throughput),
 * else logical. The single place to change when the hardware snapshot learns more (e.g. a
 * container's CPU quota).
 */
public final class PredictionCores {
  private PredictionCores() {}

  /** The recorded machine's cores for predictions, {@code >= 1}. */
  public static int of(Analysis.Hardware hardware) {
    int physical = hardware.physicalCores();
    int cores =
        physical > 0 ? Math.min(physical, hardware.logicalCores()) : hardware.logicalCores();
    return Math.max(1, cores);
  }
}
