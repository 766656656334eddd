package io.serialscope.cli.gate;

import io.serialscope.cli.headline.InputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations people write in thresholds: {@code 850ns}, {@code 12us}, {@code 4.5ms}, {@code
 * 1.2s}, {@code 2m}.
 */
public final class DurationText {
  private static final Pattern DURATION =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ns|us|µs|ms|s|m)\\s*");

  private DurationText() {}

  /** Nanoseconds of {@code text}; a number without a unit is refused, since a unit is the point. */
  public static long parseNanos(String text) throws InputException {
    Matcher m = DURATION.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InputException(
          "'" + text + "' is not a duration; write it with a unit, e.g. 850ms, 1.5s or 2m");
    }
    double value = Double.parseDouble(m.group(1));
    double unitNanos =
        switch (m.group(2)) {
          case "ns" -> 1;
          case "us", "µs" -> 1e3;
          case "ms" -> 1e6;
          case "s" -> 1e9;
          default -> 60e9;
        };
    double nanos = value * unitNanos;
    if (nanos >= Long.MAX_VALUE) {
      throw new InputException("'" + text + "' is too long a duration");
    }
    return Math.round(nanos);
  }
}
