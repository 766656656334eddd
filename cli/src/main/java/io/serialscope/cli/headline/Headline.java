package io.serialscope.cli.headline;

import io.serialscope.analyzer.Analysis;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers of one analysis that gates and comparisons look at, whether they came from a
 * recording or from a {@code report.json}. Durations are nanoseconds; ratios are plain numbers (a
 * serial fraction of 0.2 is 20 %).
 *
 * @param source where the numbers came from, for people
 * @param workNanos T1
 * @param spanNanos T∞
 * @param parallelism T1 / T∞
 * @param serialFraction Amdahl's s in [0, 1]
 * @param predictedSpeedup processor count → predicted S(p)
 * @param criticalPathByLabel label → nanoseconds of the critical path, largest first
 */
public record Headline(
    String source,
    long workNanos,
    long spanNanos,
    double parallelism,
    double serialFraction,
    SortedMap<Integer, Double> predictedSpeedup,
    Map<String, Long> criticalPathByLabel) {

  public Headline {
    predictedSpeedup = Collections.unmodifiableSortedMap(new TreeMap<>(predictedSpeedup));
    criticalPathByLabel = Collections.unmodifiableMap(new LinkedHashMap<>(criticalPathByLabel));
  }

  /** The headline of an analysis made in this process. */
  public static Headline of(Analysis a) {
    Map<String, Long> byLabel = new LinkedHashMap<>();
    for (Analysis.LabelShare share : a.criticalPathByLabel()) {
      byLabel.merge(share.label(), share.nanos(), Long::sum);
    }
    return new Headline(
        a.source(),
        a.workNanos(),
        a.spanNanos(),
        a.parallelism(),
        a.serialFraction(),
        a.predictedSpeedup(),
        byLabel);
  }
}
