package io.serialscope.cli.headline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two analyses side by side: each headline number with its change, and the critical-path labels
 * whose time on the critical path changed, biggest change first.
 *
 * @param base the earlier analysis
 * @param current the later one
 * @param metrics work, span, parallelism, serial fraction, then S(p) for every p both have
 * @param grown labels with more critical-path time in {@code current}, largest growth first
 * @param shrunk labels with less, largest shrinkage first
 */
public record Comparison(
    Headline base,
    Headline current,
    List<MetricChange> metrics,
    List<LabelChange> grown,
    List<LabelChange> shrunk) {

  /** Labels listed per direction; the rest are counted in neither list. */
  public static final int MAX_LABELS = 15;

  /**
   * One metric in both analyses; {@code changePercent} is {@code 100 * (current - base) / base},
   * NaN when the base is 0 or a value is unknown. {@code nanos} says whether the values are
   * durations.
   */
  public record MetricChange(
      String metric, double base, double current, double changePercent, boolean nanos) {}

  /** Critical-path nanoseconds of one label in both analyses (0 where absent). */
  public record LabelChange(String label, long baseNanos, long currentNanos) {
    public long deltaNanos() {
      return currentNanos - baseNanos;
    }
  }

  public static Comparison of(Headline base, Headline current) {
    List<MetricChange> metrics = new ArrayList<>();
    metrics.add(change("work", base.workNanos(), current.workNanos(), true));
    metrics.add(change("span", base.spanNanos(), current.spanNanos(), true));
    metrics.add(change("parallelism", base.parallelism(), current.parallelism(), false));
    metrics.add(change("serial fraction", base.serialFraction(), current.serialFraction(), false));
    for (Integer p : base.predictedSpeedup().keySet()) {
      Double now = current.predictedSpeedup().get(p);
      if (now != null) {
        metrics.add(change("S(" + p + ")", base.predictedSpeedup().get(p), now, false));
      }
    }
    Set<String> labels = new LinkedHashSet<>(base.criticalPathByLabel().keySet());
    labels.addAll(current.criticalPathByLabel().keySet());
    List<LabelChange> grown = new ArrayList<>();
    List<LabelChange> shrunk = new ArrayList<>();
    for (String label : labels) {
      LabelChange c =
          new LabelChange(
              label,
              base.criticalPathByLabel().getOrDefault(label, 0L),
              current.criticalPathByLabel().getOrDefault(label, 0L));
      if (c.deltaNanos() > 0) {
        grown.add(c);
      } else if (c.deltaNanos() < 0) {
        shrunk.add(c);
      }
    }
    grown.sort(Comparator.comparingLong(LabelChange::deltaNanos).reversed());
    shrunk.sort(Comparator.comparingLong(LabelChange::deltaNanos));
    return new Comparison(
        base,
        current,
        List.copyOf(metrics),
        List.copyOf(grown.subList(0, Math.min(MAX_LABELS, grown.size()))),
        List.copyOf(shrunk.subList(0, Math.min(MAX_LABELS, shrunk.size()))));
  }

  private static MetricChange change(String metric, double base, double current, boolean nanos) {
    double percent = base == 0 ? Double.NaN : 100 * (current - base) / Math.abs(base);
    return new MetricChange(metric, base, current, percent, nanos);
  }
}
