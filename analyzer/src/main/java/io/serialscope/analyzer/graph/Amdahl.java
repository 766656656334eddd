package io.serialscope.analyzer.graph;

/**
 * Amdahl's law: the speedup a program with serial fraction {@code s} gets on {@code p} processors.
 */
public final class Amdahl {
  private Amdahl() {}

  /**
   * Returns {@code 1 / (s + (1 - s) / p)}.
   *
   * @param serialFraction the serial fraction s, in [0, 1]
   * @param processors the processor count p, {@code >= 1}
   * @return the predicted speedup, in [1, p]
   * @throws IllegalArgumentException when {@code s} is outside [0, 1] or {@code p < 1}
   */
  public static double speedup(double serialFraction, int processors) {
    if (!(serialFraction >= 0.0 && serialFraction <= 1.0)) {
      throw new IllegalArgumentException(
          "serial fraction must be in [0, 1], was " + serialFraction);
    }
    if (processors < 1) {
      throw new IllegalArgumentException("processors must be >= 1, was " + processors);
    }
    return 1.0 / (serialFraction + (1.0 - serialFraction) / processors);
  }
}
