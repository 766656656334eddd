package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Segment and task duration distributions, recorded in HdrHistograms. */
public final class DurationDistributions {
  private static final int SIGNIFICANT_DIGITS = 3;

  private DurationDistributions() {}

  /** One distribution per label that has segments, by total time, largest first. */
  public static List<LabelDistribution> byLabel(SegmentGraph graph) {
    int labels = graph.labels().size();
    Histogram[] histograms = new Histogram[labels];
    long[] totals = new long[labels];
    long[] maxima = new long[labels];
    for (int s = 0; s < graph.segmentCount(); s++) {
      int label = graph.label(s);
      if (histograms[label] == null) {
        histograms[label] = newHistogram();
      }
      long d = graph.durationNanos(s);
      histograms[label].recordValue(d);
      totals[label] += d;
      maxima[label] = Math.max(maxima[label], d);
    }
    List<LabelDistribution> result = new ArrayList<>();
    for (int label = 0; label < labels; label++) {
      Histogram h = histograms[label];
      if (h != null) {
        result.add(
            new LabelDistribution(
                graph.labels().get(label),
                h.getTotalCount(),
                totals[label],
                percentile(h, 50, maxima[label]),
                percentile(h, 90, maxima[label]),
                percentile(h, 99, maxima[label]),
                maxima[label]));
      }
    }
    result.sort(
        Comparator.comparingLong(LabelDistribution::totalNanos)
            .reversed()
            .thenComparing(LabelDistribution::label));
    return List.copyOf(result);
  }

  /** The durations of whole tasks (the sum of their segments), one value per task. */
  public static Histogram taskDurations(SegmentGraph graph) {
    int segments = graph.segmentCount();
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;
    for (int s = 0; s < segments; s++) {
      lowest = Math.min(lowest, graph.task(s));
      highest = Math.max(highest, graph.task(s));
    }
    Histogram h = newHistogram();
    if (segments == 0) {
      return h;
    }
    long range = (long) highest - lowest + 1;
    if (range > Math.min(2L * segments + 1024, Integer.MAX_VALUE - 8)) {
      return taskDurationsSparse(graph, h); // task numbers of a hand-made graph, far apart
    }
    // The analyzer numbers tasks densely (0, 1, 2, ...): a sum per number, no boxed map entries
    long[] sums = new long[(int) range];
    boolean[] seen = new boolean[(int) range];
    for (int s = 0; s < segments; s++) {
      int t = graph.task(s) - lowest;
      sums[t] += graph.durationNanos(s);
      seen[t] = true;
    }
    for (int t = 0; t < sums.length; t++) {
      if (seen[t]) {
        h.recordValue(sums[t]);
      }
    }
    return h;
  }

  private static Histogram taskDurationsSparse(SegmentGraph graph, Histogram h) {
    Map<Integer, Long> byTask = new HashMap<>();
    for (int s = 0; s < graph.segmentCount(); s++) {
      byTask.merge(graph.task(s), graph.durationNanos(s), Long::sum);
    }
    byTask.values().forEach(h::recordValue);
    return h;
  }

  /** The percentile's value, never above the exact maximum (a bucket's top may exceed it). */
  public static long percentile(Histogram h, double percentile, long maxNanos) {
    return Math.min(h.getValueAtPercentile(percentile), maxNanos);
  }

  private static Histogram newHistogram() {
    Histogram h = new Histogram(SIGNIFICANT_DIGITS);
    h.setAutoResize(true);
    return h;
  }
}
