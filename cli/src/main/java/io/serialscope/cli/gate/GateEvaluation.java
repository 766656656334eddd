package io.serialscope.cli.gate;

import io.serialscope.cli.headline.Headline;
import io.serialscope.cli.headline.InputException;
import io.serialscope.cli.headline.MedianHeadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks thresholds against the median of the current runs.
 *
 * <p>Absolute thresholds (serial fraction, parallelism, S(p), span) compare the median directly.
 *
 * <p>A regression check, for each of span, work and serial fraction (all "lower is better"),
 * computes {@code change = 100 * (current - baseline) / baseline} percent, where {@code current} is
 * the median of the current runs. It fails when {@code change > maxRegression + noise}. The noise
 * is {@code --noise} when given; otherwise the measured spread of that metric across the current
 * runs, {@code 100 * (max - min) / median} (0 for a single run): a regression no larger than the
 * disagreement between runs of the same build is not evidence of a worse build. A baseline of 0
 * allows only 0.
 */
public final class GateEvaluation {
  private GateEvaluation() {}

  public static List<CheckResult> evaluate(
      GateThresholds t, MedianHeadline current, Headline baseline) throws InputException {
    Headline c = current.median();
    List<CheckResult> results = new ArrayList<>();
    if (t.maxSerialFraction() != null) {
      results.add(atMost("serial fraction", c.serialFraction(), t.maxSerialFraction(), "%.3f"));
    }
    if (t.minParallelism() != null) {
      results.add(atLeast("parallelism", c.parallelism(), t.minParallelism(), "%.2f"));
    }
    for (Map.Entry<Integer, Double> e : t.minSpeedup().entrySet()) {
      Double s = c.predictedSpeedup().get(e.getKey());
      if (s == null) {
        throw new InputException(
            "the analysis has no predicted speedup for "
                + e.getKey()
                + " processors; it has "
                + c.predictedSpeedup().keySet());
      }
      results.add(atLeast("S(" + e.getKey() + ")", s, e.getValue(), "%.2f"));
    }
    if (t.maxSpanNanos() != null) {
      boolean ok = c.spanNanos() <= t.maxSpanNanos();
      results.add(
          new CheckResult(
              "span",
              GateFormat.duration(c.spanNanos()),
              "≤ " + GateFormat.duration(t.maxSpanNanos()),
              ok,
              ok ? "within the limit" : "the span exceeds the limit"));
    }
    if (baseline != null) {
      double allowed =
          t.maxRegressionPercent() != null
              ? t.maxRegressionPercent()
              : GateThresholds.DEFAULT_MAX_REGRESSION_PERCENT;
      results.add(
          regression(
              MedianHeadline.SPAN, c.spanNanos(), baseline.spanNanos(), allowed, t, current));
      results.add(
          regression(
              MedianHeadline.WORK, c.workNanos(), baseline.workNanos(), allowed, t, current));
      results.add(
          regression(
              MedianHeadline.SERIAL_FRACTION,
              c.serialFraction(),
              baseline.serialFraction(),
              allowed,
              t,
              current));
    }
    return results;
  }

  /** The change from baseline to current in percent; +∞ from a zero baseline to more. */
  static double changePercent(double current, double baseline) {
    if (baseline == 0) {
      return current == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return 100 * (current - baseline) / Math.abs(baseline);
  }

  private static CheckResult regression(
      String metric,
      double current,
      double base,
      double allowedPercent,
      GateThresholds t,
      MedianHeadline runs) {
    double noise = t.noisePercent() != null ? t.noisePercent() : runs.spreadOf(metric);
    String noiseSource = t.noisePercent() != null ? "--noise" : "measured spread";
    double change = changePercent(current, base);
    double tolerance = allowedPercent + noise;
    boolean ok = change <= tolerance;
    String threshold =
        String.format(
            Locale.ROOT, "≤ +%.1f %% (%.1f %% + %.1f %% noise)", tolerance, allowedPercent, noise);
    String detail =
        String.format(
            Locale.ROOT,
            "%s %s vs baseline %s: %+.1f %%; allowed %.1f %% plus %.1f %% noise (%s)",
            metric,
            GateFormat.metric(metric, current),
            GateFormat.metric(metric, base),
            change,
            allowedPercent,
            noise,
            noiseSource);
    return new CheckResult(
        metric + " regression", GateFormat.signedPercent(change), threshold, ok, detail);
  }

  private static CheckResult atMost(String name, double value, double limit, String format) {
    boolean ok = value <= limit;
    return new CheckResult(
        name,
        GateFormat.number(format, value),
        "≤ " + GateFormat.number(format, limit),
        ok,
        ok ? "within the limit" : name + " is above the limit");
  }

  private static CheckResult atLeast(String name, double value, double limit, String format) {
    boolean ok = value >= limit;
    return new CheckResult(
        name,
        GateFormat.number(format, value),
        "≥ " + GateFormat.number(format, limit),
        ok,
        ok ? "within the limit" : name + " is below the limit");
  }
}
