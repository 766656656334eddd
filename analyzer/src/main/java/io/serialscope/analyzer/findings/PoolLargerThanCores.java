package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.RecordedConcurrency;

/**
 * More threads ran tasks at once than the machine has hardware threads, for at least {@value
 * #MIN_SHARE_OF_BUSY_TIME} of the time any task ran (a hand-over instant does not count).
 */
final class PoolLargerThanCores implements FindingRule {
  static final String ID = "pool-larger-than-cores";
  static final double MIN_SHARE_OF_BUSY_TIME = 0.05;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Finding evaluate(Analysis analysis) {
    int cores = analysis.hardware().logicalCores();
    Analysis.ParallelismProfile cpu = RecordedConcurrency.ofCpu(analysis.graph());
    long busy = 0;
    long over = 0;
    int peak = 0;
    for (int i = 0; i + 1 < cpu.timesNanos().length; i++) {
      long nanos = cpu.timesNanos()[i + 1] - cpu.timesNanos()[i];
      int level = cpu.levels()[i];
      peak = Math.max(peak, level);
      busy += level > 0 ? nanos : 0;
      over += level > cores ? nanos : 0;
    }
    if (peak <= cores || over < MIN_SHARE_OF_BUSY_TIME * busy) {
      return null;
    }
    return new Finding(
        ID,
        Severity.WARNING,
        "Up to "
            + peak
            + " threads ran tasks at once on "
            + cores
            + " logical cores ("
            + Findings.percent((double) over / busy)
            + " of the busy time): the pool is larger than the machine, so threads queue for"
            + " cores and switch contexts; size it to the cores.",
        "concurrency");
  }
}
