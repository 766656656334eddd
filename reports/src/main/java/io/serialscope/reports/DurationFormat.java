package io.serialscope.reports;

import java.util.Locale;

/** Durations and ratios as people read them in reports. */
public final class DurationFormat {
  private static final long MICRO = 1_000L;
  private static final long MILLI = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  private DurationFormat() {}

  /**
   * A duration in the largest unit that keeps it at least 1, with three significant digits: {@code
   * "850 ns"}, {@code "12.3 µs"}, {@code "45.6 ms"}, {@code "1.23 s"}, {@code "125 s"}.
   *
   * @param nanos a duration in nanoseconds; negative values keep their sign
   */
  public static String human(long nanos) {
    if (nanos < 0) {
      return "-" + human(nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos);
    }
    if (nanos < MICRO) {
      return nanos + " ns";
    }
    // Values that would round up to "1000" are shown in the next unit instead.
    if (nanos < MILLI - MICRO / 2) {
      return threeDigits((double) nanos / MICRO) + " µs";
    }
    if (nanos < SECOND - MILLI / 2) {
      return threeDigits((double) nanos / MILLI) + " ms";
    }
    return threeDigits((double) nanos / SECOND) + " s";
  }

  /** Nanoseconds as milliseconds with three decimals, e.g. {@code 1234567 -> "1.235"}. */
  public static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }

  /** A fraction in [0, 1] as a percentage with one decimal, e.g. {@code 0.1234 -> "12.3%"}. */
  public static String percent(double fraction) {
    if (!Double.isFinite(fraction)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A ratio such as a speedup or a parallelism with two decimals, e.g. {@code "3.47"}. */
  public static String ratio(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Double.isInfinite(value)) {
      return "∞";
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String threeDigits(double value) {
    // Rounding may carry into the next decade (9.996 -> 10.0); decide the digits after rounding.
    if (Math.round(value * 100) < 1000) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (Math.round(value * 10) < 1000) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
