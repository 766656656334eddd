package io.serialscope.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for the samples' result lines without {@code printf}: the first {@code printf}
 * of a JVM loads the JDK's locale data, a few hundred milliseconds of serial work on a busy machine
 * that would show up in the profile as part of the sample's serial fraction.
 */
final class SampleOutput {
  private SampleOutput() {}

  /** {@code value} with {@code places} digits after the point, e.g. {@code fixed(0.12345, 3)}. */
  static String fixed(double value, int places) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Milliseconds since {@code startNanos} (a {@link System#nanoTime()} reading). */
  static String elapsed(long startNanos) {
    return "elapsed " + (System.nanoTime() - startNanos) / 1_000_000 + " ms";
  }
}
