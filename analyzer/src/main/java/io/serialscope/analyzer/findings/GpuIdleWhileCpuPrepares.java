package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.RecordedConcurrency;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;

/**
 * The GPU waits for the CPU: GPU work exists, but the GPU is busy less than half of the recording
 * while CPU work makes up most of the critical path.
 */
final class GpuIdleWhileCpuPrepares implements FindingRule {
  static final String ID = "gpu-idle-while-cpu-prepares";
  static final double MAX_GPU_BUSY = 0.5;
  static final double MIN_CPU_SHARE = 0.5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Finding evaluate(Analysis analysis) {
    SegmentGraph graph = analysis.graph();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    boolean gpu = false;
    for (int s = 0; s < graph.segmentCount(); s++) {
      first = Math.min(first, graph.startNanos(s));
      last = Math.max(last, graph.startNanos(s) + graph.durationNanos(s));
      gpu |= graph.kind(s) != SegmentKind.CPU;
    }
    if (!gpu || last <= first) {
      return null;
    }
    double busy = (double) gpuBusyNanos(graph) / (last - first);
    double cpuShare =
        analysis.insights().criticalPathByKind().stream()
            .filter(share -> share.name().equals(SegmentKind.CPU.displayName()))
            .mapToDouble(Analysis.Share::share)
            .sum();
    if (busy >= MAX_GPU_BUSY || cpuShare <= MIN_CPU_SHARE) {
      return null;
    }
    return new Finding(
        ID,
        Severity.WARNING,
        "The GPU is idle "
            + Findings.percent(1 - busy)
            + " of the time while CPU work makes up "
            + Findings.percent(cpuShare)
            + " of the critical path: prepare the next batch while the GPU computes.",
        "criticalPath.byKind");
  }

  /** Time in which at least one GPU kernel or copy ran. */
  private static long gpuBusyNanos(SegmentGraph graph) {
    Analysis.ParallelismProfile gpu =
        RecordedConcurrency.of(graph, s -> graph.kind(s) != SegmentKind.CPU);
    long busy = 0;
    long[] times = gpu.timesNanos();
    for (int i = 0; i + 1 < times.length; i++) {
      if (gpu.levels()[i] > 0) {
        busy += times[i + 1] - times[i];
      }
    }
    return busy;
  }
}
