package io.serialscope.cli.gate;

import io.serialscope.cli.headline.InputException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a gate checks. Every field may be absent (null; an empty map for speedups). Thresholds come
 * from a checked-in file and from command-line flags; {@link #overriddenBy} lets the flags win.
 *
 * @param maxSerialFraction the serial fraction must be at most this, in [0, 1]
 * @param minParallelism T1 / T∞ must be at least this, greater than 0
 * @param minSpeedup processor count (at least 1) → the least acceptable predicted S(p), above 0
 * @param maxSpanNanos the span must be at most this many nanoseconds, above 0
 * @param baseline a report.json or recording to compare with
 * @param maxRegressionPercent how much worse than the baseline span, work and serial fraction may
 *     get, in percent, at least 0
 * @param noisePercent tolerance added to {@code maxRegressionPercent}; null means "the measured
 *     spread of the current runs" (see {@link GateEvaluation})
 */
public record GateThresholds(
    Double maxSerialFraction,
    Double minParallelism,
    SortedMap<Integer, Double> minSpeedup,
    Long maxSpanNanos,
    Path baseline,
    Double maxRegressionPercent,
    Double noisePercent) {

  /** The regression allowed when a baseline is given without {@code --max-regression}. */
  public static final double DEFAULT_MAX_REGRESSION_PERCENT = 10.0;

  public static final GateThresholds NONE =
      new GateThresholds(null, null, new TreeMap<>(), null, null, null, null);

  public GateThresholds {
    minSpeedup = Collections.unmodifiableSortedMap(new TreeMap<>(minSpeedup));
  }

  /** These thresholds with every field {@code flags} sets replaced by the flag's value. */
  public GateThresholds overriddenBy(GateThresholds flags) {
    TreeMap<Integer, Double> speedups = new TreeMap<>(minSpeedup);
    speedups.putAll(flags.minSpeedup);
    return new GateThresholds(
        pick(flags.maxSerialFraction, maxSerialFraction),
        pick(flags.minParallelism, minParallelism),
        speedups,
        pick(flags.maxSpanNanos, maxSpanNanos),
        pick(flags.baseline, baseline),
        pick(flags.maxRegressionPercent, maxRegressionPercent),
        pick(flags.noisePercent, noisePercent));
  }

  /** True when nothing would be checked. */
  public boolean isEmpty() {
    return maxSerialFraction == null
        && minParallelism == null
        && minSpeedup.isEmpty()
        && maxSpanNanos == null
        && baseline == null;
  }

  /** Refuses values no gate could mean, with one sentence naming the threshold. */
  public GateThresholds validated() throws InputException {
    if (maxSerialFraction != null && !(maxSerialFraction >= 0 && maxSerialFraction <= 1)) {
      throw new InputException(
          "max serial fraction must lie in [0, 1] (0.25 means 25 %), not " + maxSerialFraction);
    }
    if (minParallelism != null && !(minParallelism > 0)) {
      throw new InputException("min parallelism must be above 0, not " + minParallelism);
    }
    for (Map.Entry<Integer, Double> e : minSpeedup.entrySet()) {
      if (e.getKey() < 1 || !(e.getValue() > 0) || e.getValue().isInfinite()) {
        throw new InputException(
            "min speedup needs P=X with P >= 1 processors and X > 0, not "
                + e.getKey()
                + "="
                + e.getValue());
      }
    }
    if (maxSpanNanos != null && maxSpanNanos <= 0) {
      throw new InputException("max span must be above 0");
    }
    if (maxRegressionPercent != null && !(maxRegressionPercent >= 0)) {
      throw new InputException("max regression must be a percentage >= 0");
    }
    if (noisePercent != null && !(noisePercent >= 0)) {
      throw new InputException("noise must be a percentage >= 0");
    }
    if (maxRegressionPercent != null && baseline == null) {
      throw new InputException("max regression needs a baseline (--baseline report.json)");
    }
    return this;
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
