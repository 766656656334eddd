package io.serialscope.analyzer;

import io.serialscope.analyzer.graph.Amdahl;
import io.serialscope.analyzer.graph.AsapSchedule;
import io.serialscope.analyzer.graph.CriticalPath;
import io.serialscope.analyzer.graph.CriticalPathLabels;
import io.serialscope.analyzer.graph.GreedySchedule;
import io.serialscope.analyzer.graph.LabelSensitivity;
import io.serialscope.analyzer.graph.WhatIfScenarios;
import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.analyzer.insight.CpuWaitByLane;
import io.serialscope.analyzer.insight.ExecutionSample;
import io.serialscope.analyzer.insight.InsightAnalysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs the graph algorithms on a {@link SegmentGraph} and gathers their results into one immutable
 * {@link Analysis}. Pure: no I/O, no clock, the same inputs always give the same result.
 */
public final class Analyzer {
  /** Processor counts every analysis predicts, besides the recorded machine's own. */
  static final int[] PREDICTED_PROCESSOR_COUNTS = {1, 2, 4, 8, 16};

  private Analyzer() {}

  /**
   * Analyzes one recording's DAG.
   *
   * @param source the recording this came from (a path, for people)
   * @param graph the segment DAG; durations in nanoseconds
   * @param hardware the recorded machine; {@code logicalCores()} must be {@code >= 1}
   * @param warnings sentences about the data, copied as given
   * @param droppedEvents events or edges that could not be used, {@code >= 0}
   * @throws IllegalArgumentException when {@code hardware.logicalCores() < 1}
   */
  public static Analysis analyze(
      String source,
      SegmentGraph graph,
      Analysis.Hardware hardware,
      List<String> warnings,
      long droppedEvents) {
    return analyze(source, graph, hardware, warnings, droppedEvents, List.of());
  }

  /**
   * Analyzes one recording's DAG and its JFR execution samples (for the flame graphs).
   *
   * @param samples the recording's execution samples, any order; may be empty
   * @see #analyze(String, SegmentGraph, Analysis.Hardware, List, long)
   */
  public static Analysis analyze(
      String source,
      SegmentGraph graph,
      Analysis.Hardware hardware,
      List<String> warnings,
      long droppedEvents,
      List<ExecutionSample> samples) {
    return analyze(source, graph, hardware, warnings, droppedEvents, samples, List.of());
  }

  /**
   * Analyzes one recording's DAG, its execution samples, and the user's what-if scenarios.
   *
   * @param whatIfSpecs scenarios to run after the built-in ones (CLI {@code --what-if})
   * @throws IllegalArgumentException when a spec names a label the graph does not have
   * @see #analyze(String, SegmentGraph, Analysis.Hardware, List, long, List)
   */
  public static Analysis analyze(
      String source,
      SegmentGraph graph,
      Analysis.Hardware hardware,
      List<String> warnings,
      long droppedEvents,
      List<ExecutionSample> samples,
      List<WhatIfSpec> whatIfSpecs) {
    int cores = hardware.logicalCores();
    if (cores < 1) {
      throw new IllegalArgumentException("logical cores must be >= 1, was " + cores);
    }
    CriticalPath criticalPath = CriticalPath.of(graph);
    AsapSchedule asap = AsapSchedule.of(graph);
    long workNanos = asap.workNanos();
    long spanNanos = criticalPath.spanNanos();
    double serialFraction = asap.serialFraction();
    SortedMap<Integer, Double> predicted = new TreeMap<>();
    SortedMap<Integer, Double> amdahl = new TreeMap<>();
    for (int p : PREDICTED_PROCESSOR_COUNTS) {
      predict(graph, workNanos, serialFraction, p, predicted, amdahl);
    }
    predict(graph, workNanos, serialFraction, cores, predicted, amdahl);
    // what-if scenarios and sensitivity curves start from the cores that add throughput
    int predictionCores = PredictionCores.of(hardware);
    List<Analysis.LabelShare> byLabel = CriticalPathLabels.of(graph, criticalPath);
    Analysis analysis =
        new Analysis(
            source,
            graph,
            workNanos,
            spanNanos,
            ratioOrOne(workNanos, spanNanos),
            serialFraction,
            criticalPath.segments(),
            Collections.unmodifiableSortedMap(predicted),
            Collections.unmodifiableSortedMap(amdahl),
            byLabel,
            WhatIfScenarios.compute(graph, predictionCores, whatIfSpecs),
            asap.profile(),
            hardware,
            new Analysis.Counts(
                graph.segmentCount(), graph.edgeCount(), graph.lanes().size(), droppedEvents),
            List.copyOf(warnings),
            Analysis.Insights.EMPTY,
            LabelSensitivity.compute(graph, byLabel, predictionCores),
            CpuWaitByLane.of(graph));
    return analysis.withInsights(InsightAnalysis.compute(analysis, samples));
  }

  private static void predict(
      SegmentGraph graph,
      long workNanos,
      double serialFraction,
      int processors,
      SortedMap<Integer, Double> predicted,
      SortedMap<Integer, Double> amdahl) {
    if (predicted.containsKey(processors)) {
      return;
    }
    long makespanNanos = GreedySchedule.makespanNanos(graph, processors);
    predicted.put(processors, ratioOrOne(workNanos, makespanNanos));
    amdahl.put(processors, Amdahl.speedup(serialFraction, processors));
  }

  /** {@code numerator / denominator}, or 1 when the denominator is 0 (a graph without work). */
  private static double ratioOrOne(long numerator, long denominator) {
    return denominator == 0 ? 1.0 : (double) numerator / denominator;
  }
}
