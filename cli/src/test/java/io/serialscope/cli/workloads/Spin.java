package io.serialscope.cli.workloads;

/** Busy work of an exact wall duration: the unit of every workload of known structure. */
final class Spin {
  private static volatile long sink;

  private Spin() {}

  static void millis(long ms) {
    long end = System.nanoTime() + ms * 1_000_000L;
    long x = 0;
    while (System.nanoTime() < end) {
      x += x * 31 + 7;
    }
    sink = x;
  }
}
