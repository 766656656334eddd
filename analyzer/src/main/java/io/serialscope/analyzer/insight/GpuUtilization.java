package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;

/**
 * How busy the GPU was and how the critical path divides between CPU, GPU kernels and copies.
 *
 * @param busyNanos recorded time in which at least one kernel or copy ran (any stream)
 * @param idleNanos the rest of the recorded window: from the first segment's start to the last
 *     segment's end (CPU or GPU), minus {@code busyNanos}
 * @param criticalPathCpuShare share of the span spent in CPU segments, in [0, 1]
 * @param criticalPathKernelShare share of the span spent in GPU kernels, in [0, 1]
 * @param criticalPathCopyShare share of the span spent in GPU copies, in [0, 1]
 */
public record GpuUtilization(
    long busyNanos,
    long idleNanos,
    double criticalPathCpuShare,
    double criticalPathKernelShare,
    double criticalPathCopyShare) {

  /** The GPU figures of {@code analysis}, or null when it has no GPU work. */
  public static GpuUtilization of(Analysis analysis) {
    SegmentGraph graph = analysis.graph();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    boolean gpu = false;
    for (int s = 0; s < graph.segmentCount(); s++) {
      first = Math.min(first, graph.startNanos(s));
      last = Math.max(last, graph.startNanos(s) + graph.durationNanos(s));
      gpu |= graph.kind(s).onGpu();
    }
    if (!gpu) {
      return null;
    }
    long busy = busyNanos(graph);
    long[] byKind = new long[SegmentKind.values().length];
    for (int s : analysis.criticalPath()) {
      byKind[graph.kind(s).ordinal()] += graph.durationNanos(s);
    }
    long span = analysis.spanNanos();
    return new GpuUtilization(
        busy,
        Math.max(0, last - first - busy),
        share(byKind[SegmentKind.CPU.ordinal()], span),
        share(byKind[SegmentKind.GPU_KERNEL.ordinal()], span),
        share(byKind[SegmentKind.GPU_COPY.ordinal()], span));
  }

  /** Busy share of the recorded window, in [0, 1]. */
  public double busyShare() {
    long window = busyNanos + idleNanos;
    return window == 0 ? 0 : (double) busyNanos / window;
  }

  /** The union of the recorded intervals of every kernel and copy. */
  private static long busyNanos(SegmentGraph graph) {
    Analysis.ParallelismProfile gpu = RecordedConcurrency.of(graph, s -> graph.kind(s).onGpu());
    long busy = 0;
    long[] times = gpu.timesNanos();
    for (int i = 0; i + 1 < times.length; i++) {
      if (gpu.levels()[i] > 0) {
        busy += times[i + 1] - times[i];
      }
    }
    return busy;
  }

  private static double share(long nanos, long span) {
    return span == 0 ? 0 : Math.min(1.0, (double) nanos / span);
  }
}
