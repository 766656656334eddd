package io.serialscope.analyzer.findings;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.GpuUtilization;

/**
 * The GPU waits for the CPU: GPU work exists, but the GPU is busy less than half of the recording
 * while CPU work makes up most of the critical path (a launch-bound or input-bound loop).
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
    GpuUtilization gpu = GpuUtilization.of(analysis);
    if (gpu == null) {
      return null;
    }
    double busy = gpu.busyShare();
    double cpuShare = gpu.criticalPathCpuShare();
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
}
