package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serial-scaling scenarios of DESIGN.md: what the recorded workload would take with more cores,
 * faster cores, a faster GPU or faster copies, one label made twice as fast, one lock removed, or
 * unlimited cores; plus the scenarios the user asked for ({@link WhatIfSpec}). Each is run by
 * {@link WhatIfEngine}; speedups are relative to the greedy prediction for the unchanged graph on
 * the recorded machine's processor count P.
 */
public final class WhatIfScenarios {
  public static final String TWICE_THE_CORES = "2x cores";
  public static final String FOUR_TIMES_THE_CORES = "4x cores";
  public static final String UNLIMITED_CORES = "unlimited cores";
  public static final String ONE_AND_A_HALF_THE_SINGLE_THREAD_SPEED = "1.5x single-thread speed";
  public static final String TWICE_THE_SINGLE_THREAD_SPEED = "2x single-thread speed";
  public static final String TWICE_THE_GPU_SPEED = "2x GPU";
  public static final String TWICE_THE_COPY_SPEED = "2x host-device copies";

  private WhatIfScenarios() {}

  /** The built-in scenarios only; see {@link #compute(SegmentGraph, int, List)}. */
  public static List<Analysis.WhatIf> compute(SegmentGraph graph, int baselineProcessors) {
    return compute(graph, baselineProcessors, List.of());
  }

  /**
   * Computes, in this order: 2x cores, 4x cores, unlimited cores, 1.5x and 2x single-thread speed,
   * 2x GPU (kernels), 2x host-device copies, "2x LABEL" for the label with the most critical-path
   * time, "lock N removed" for the lock with the most hand-offs into the critical path (only when
   * the recording has lock hand-offs), then {@code userSpecs} named by their text.
   *
   * @param graph the recorded DAG
   * @param baselineProcessors P, the recorded machine's cores, {@code >= 1}
   * @param userSpecs scenarios asked for by the user, run after the built-in ones
   * @throws IllegalArgumentException when {@code baselineProcessors < 1} or a user spec names a
   *     label the graph does not have
   */
  public static List<Analysis.WhatIf> compute(
      SegmentGraph graph, int baselineProcessors, List<WhatIfSpec> userSpecs) {
    if (baselineProcessors < 1) {
      throw new IllegalArgumentException("processors must be >= 1, was " + baselineProcessors);
    }
    long baselineNanos = GreedySchedule.makespanNanos(graph, baselineProcessors);
    CriticalPath criticalPath = CriticalPath.of(graph);
    List<Analysis.WhatIf> results = new ArrayList<>();
    for (Map.Entry<String, String> builtIn : builtInSpecs(graph, criticalPath).entrySet()) {
      WhatIfSpec spec = WhatIfSpec.parse(builtIn.getValue());
      results.add(
          WhatIfEngine.run(graph, builtIn.getKey(), spec, baselineProcessors, baselineNanos));
    }
    for (WhatIfSpec spec : userSpecs) {
      results.add(WhatIfEngine.run(graph, spec.text(), spec, baselineProcessors, baselineNanos));
    }
    return List.copyOf(results);
  }

  /** Scenario name → spec, in report order. */
  private static Map<String, String> builtInSpecs(SegmentGraph graph, CriticalPath criticalPath) {
    Map<String, String> specs = new LinkedHashMap<>();
    specs.put(TWICE_THE_CORES, "cores=2x");
    specs.put(FOUR_TIMES_THE_CORES, "cores=4x");
    specs.put(UNLIMITED_CORES, "cores=unlimited");
    specs.put(ONE_AND_A_HALF_THE_SINGLE_THREAD_SPEED, "cpu=1.5x");
    specs.put(TWICE_THE_SINGLE_THREAD_SPEED, "cpu=2x");
    specs.put(TWICE_THE_GPU_SPEED, "gpu=2x");
    specs.put(TWICE_THE_COPY_SPEED, "copy=2x");
    List<Analysis.LabelShare> labels = CriticalPathLabels.of(graph, criticalPath);
    // a label name with ',' or ':' cannot be written as a spec term; the next one is taken
    for (Analysis.LabelShare top : labels) {
      if (top.label().indexOf(',') < 0 && !top.label().isBlank()) {
        specs.put("2x " + top.label(), "label=" + top.label() + ":2x");
        break;
      }
    }
    long lock = busiestLock(graph, criticalPath);
    if (lock != 0) {
      specs.put("lock " + lock + " removed", "lock=" + lock);
    }
    return specs;
  }

  /**
   * The lock with the most hand-off edges into critical-path segments (ties: most hand-offs, then
   * lowest id), or 0 when the graph has no lock hand-offs.
   */
  static long busiestLock(SegmentGraph graph, CriticalPath criticalPath) {
    boolean[] onPath = new boolean[graph.segmentCount()];
    for (int i = 0; i < criticalPath.length(); i++) {
      onPath[criticalPath.segment(i)] = true;
    }
    Map<Long, long[]> counts = new HashMap<>(); // lock -> {on the path, all}
    for (int e = 0; e < graph.edgeCount(); e++) {
      long lock = graph.edgeLockId(e);
      if (lock != 0) {
        long[] c = counts.computeIfAbsent(lock, k -> new long[2]);
        c[0] += onPath[graph.edgeTo(e)] ? 1 : 0;
        c[1]++;
      }
    }
    long best = 0;
    long[] bestCounts = null;
    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      boolean better =
          bestCounts == null
              || c[0] > bestCounts[0]
              || (c[0] == bestCounts[0]
                  && (c[1] > bestCounts[1] || (c[1] == bestCounts[1] && e.getKey() < best)));
      if (better) {
        best = e.getKey();
        bestCounts = c;
      }
    }
    return best;
  }
}
