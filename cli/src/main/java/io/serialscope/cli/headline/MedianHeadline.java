package io.serialscope.cli.headline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several runs of one workload reduced to one headline: every metric is the median of the runs (the
 * mean of the two middle values for an even count), and its <em>spread</em> is how far the runs
 * disagree: {@code (max - min) / median}, in percent. A CI runner's noise shows up as spread; the
 * gate forgives regressions within it.
 *
 * @param median the per-metric medians (a predicted speedup only for processor counts every run
 *     has; critical-path labels from the first run, since labels are for people, not for gating)
 * @param spreadPercent metric name → spread in percent (0 for a single run)
 * @param runs how many runs were combined
 */
public record MedianHeadline(Headline median, Map<String, Double> spreadPercent, int runs) {
  public static final String WORK = "work";
  public static final String SPAN = "span";
  public static final String PARALLELISM = "parallelism";
  public static final String SERIAL_FRACTION = "serial fraction";

  public static MedianHeadline of(List<Headline> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    Map<String, Double> spread = new LinkedHashMap<>();
    double work = median(runs.stream().mapToDouble(Headline::workNanos).toArray(), WORK, spread);
    double span = median(runs.stream().mapToDouble(Headline::spanNanos).toArray(), SPAN, spread);
    double parallelism =
        median(runs.stream().mapToDouble(Headline::parallelism).toArray(), PARALLELISM, spread);
    double serial =
        median(
            runs.stream().mapToDouble(Headline::serialFraction).toArray(), SERIAL_FRACTION, spread);
    TreeMap<Integer, Double> speedups = new TreeMap<>();
    for (Integer p : runs.get(0).predictedSpeedup().keySet()) {
      if (runs.stream().allMatch(r -> r.predictedSpeedup().containsKey(p))) {
        double[] values = runs.stream().mapToDouble(r -> r.predictedSpeedup().get(p)).toArray();
        speedups.put(p, median(values, "S(" + p + ")", spread));
      }
    }
    String source =
        runs.size() == 1
            ? runs.get(0).source()
            : "median of " + runs.size() + " runs (" + runs.get(0).source() + ", …)";
    Headline median =
        new Headline(
            source,
            Math.round(work),
            Math.round(span),
            parallelism,
            serial,
            speedups,
            runs.get(0).criticalPathByLabel());
    return new MedianHeadline(median, Map.copyOf(spread), runs.size());
  }

  /** The spread of {@code metric} in percent; 0 when unknown. */
  public double spreadOf(String metric) {
    return spreadPercent.getOrDefault(metric, 0.0);
  }

  static double median(double[] values, String metric, Map<String, Double> spread) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double range = sorted[n - 1] - sorted[0];
    spread.put(
        metric, median == 0 || !Double.isFinite(range) ? 0.0 : 100 * range / Math.abs(median));
    return median;
  }
}
