package io.serialscope.cli;

import java.util.Locale;

/** Human durations: 850 ns, 12.3 µs, 4.56 ms, 1.23 s. */
final class Durations {
  private Durations() {}

  static String format(long nanos) {
    if (nanos < 1_000) {
      return nanos + " ns";
    }
    if (nanos < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
    if (nanos < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}
