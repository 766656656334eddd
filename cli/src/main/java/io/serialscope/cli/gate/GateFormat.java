package io.serialscope.cli.gate;

import java.util.Locale;

/** How the gate prints numbers: fixed, locale-independent, "n/a" for unknown ratios. */
final class GateFormat {
  private GateFormat() {}

  static String number(String format, double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "n/a";
  }

  static String signedPercent(double percent) {
    if (Double.isInfinite(percent)) {
      return percent > 0 ? "+∞ %" : "-∞ %";
    }
    return number("%+.1f %%", percent);
  }

  static String metric(String metric, double value) {
    return metric.equals("serial fraction") ? number("%.3f", value) : duration((long) value);
  }

  static String duration(long nanos) {
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
