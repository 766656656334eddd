package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Runnable-but-not-running time per lane: the part of its segments' wall time in which the thread
 * got no core (wall minus thread CPU time, from the agent's CPU-time readings). Large values mean
 * the recorded machine was oversubscribed, and that segment durations were corrected down to CPU
 * time.
 */
public final class CpuWaitByLane {
  private CpuWaitByLane() {}

  /** One entry per lane, in lane order (lanes without segments give zeros). */
  public static List<Analysis.LaneCpuWait> of(SegmentGraph graph) {
    int lanes = graph.lanes().size();
    long[] cpu = new long[lanes];
    long[] wait = new long[lanes];
    for (int s = 0; s < graph.segmentCount(); s++) {
      cpu[graph.lane(s)] += graph.durationNanos(s);
      wait[graph.lane(s)] += graph.cpuWaitNanos(s);
    }
    List<Analysis.LaneCpuWait> result = new ArrayList<>(lanes);
    for (int l = 0; l < lanes; l++) {
      result.add(
          new Analysis.LaneCpuWait(graph.lanes().get(l).name(), cpu[l] + wait[l], cpu[l], wait[l]));
    }
    return List.copyOf(result);
  }
}
