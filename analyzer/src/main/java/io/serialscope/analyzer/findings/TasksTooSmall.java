package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.DurationDistributions;
import org.HdrHistogram.Histogram;

/** Many tasks so short that submitting and scheduling them costs about as much as they do. */
final class TasksTooSmall implements FindingRule {
  static final String ID = "tasks-too-small";
  static final long MAX_MEDIAN_NANOS = 50_000;
  static final long MIN_TASKS = 1_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Finding evaluate(Analysis analysis) {
    Histogram tasks = DurationDistributions.taskDurations(analysis.graph());
    if (tasks.getTotalCount() < MIN_TASKS) {
      return null;
    }
    long median = DurationDistributions.percentile(tasks, 50, tasks.getMaxValue());
    if (median >= MAX_MEDIAN_NANOS) {
      return null;
    }
    return new Finding(
        ID,
        Severity.WARNING,
        String.format(
            java.util.Locale.ROOT,
            "%,d tasks with a median of %.1f µs: scheduling overhead is comparable to the work;"
                + " batch them into fewer, larger tasks.",
            tasks.getTotalCount(),
            median / 1_000.0),
        "labelDistributions");
  }
}
