package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.graph.CriticalPath;
import io.serialscope.analyzer.graph.CriticalPathLabels;
import io.serialscope.analyzer.graph.LabelSensitivity;
import io.serialscope.analyzer.insight.ExecutionSample;
import io.serialscope.analyzer.insight.InsightAnalysis;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A hand-made analysis with numbers worked out by hand. Three lanes; {@code load} (1 ms on main)
 * spawns two forward passes (3 ms on worker-1, 2 ms on worker-2) that both join {@code
 * optimizer.step} (0.5 ms on main):
 *
 * <pre>
 *   work T1 = 1 + 3 + 2 + 0.5 = 6.5 ms     span T∞ = 1 + 3 + 0.5 = 4.5 ms
 *   parallelism = 6.5 / 4.5                 critical path = segments 0, 1, 3
 *   ASAP profile: 1 on [0,1) ms, 2 on [1,3), 1 on [3,4.5), so s = (1 + 1 + 0.5) / 6.5
 * </pre>
 *
 * <p>Five execution samples: main in {@code load} and in {@code optimizer.step}, worker-1 in the
 * critical forward pass, worker-2 in the other one, and one of a thread outside the graph; so the
 * critical-path flame graph holds three of them.
 */
final class TestAnalyses {
  static final long MS = 1_000_000L;
  static final long WORK = 6_500_000L;
  static final long SPAN = 4_500_000L;
  static final double SERIAL_FRACTION = 2.5 / 6.5;

  private TestAnalyses() {}

  static Analysis forwardBackward() {
    return forwardBackward("Mlp.forward");
  }

  /** The same analysis with the critical forward pass labelled {@code forwardLabel}. */
  static Analysis forwardBackward(String forwardLabel) {
    return forwardBackward(forwardLabel, "worker-1");
  }

  /** The same, with the critical forward pass labelled and its lane named as given. */
  static Analysis forwardBackward(String forwardLabel, String workerName) {
    SegmentGraphBuilder b = SegmentGraph.builder();
    int main = b.addLane(new Lane("main", 1));
    int w1 = b.addLane(new Lane(workerName, 21));
    int w2 = b.addLane(new Lane("worker-2", 22));
    int load = b.addSegment(0, MS, main, 0, "load");
    int fwd1 = b.addSegment(MS, 3 * MS, w1, 1, forwardLabel);
    int fwd2 = b.addSegment(MS, 2 * MS, w2, 2, "Mlp.forward.small");
    int step = b.addSegment(4 * MS, MS / 2, main, 0, "optimizer.step");
    b.addEdge(load, fwd1, EdgeKind.SPAWN)
        .addEdge(load, fwd2, EdgeKind.SPAWN)
        .addEdge(fwd1, step, EdgeKind.JOIN)
        .addEdge(fwd2, step, EdgeKind.JOIN);
    SegmentGraph graph = b.build();

    SortedMap<Integer, Double> predicted = new TreeMap<>();
    SortedMap<Integer, Double> amdahl = new TreeMap<>();
    for (int p : new int[] {1, 2, 4, 8, 16}) {
      predicted.put(p, p == 1 ? 1.0 : (double) WORK / SPAN);
      amdahl.put(p, 1 / (SERIAL_FRACTION + (1 - SERIAL_FRACTION) / p));
    }
    Analysis analysis =
        new Analysis(
            "/tmp/recording.jfr",
            graph,
            WORK,
            SPAN,
            (double) WORK / SPAN,
            SERIAL_FRACTION,
            new int[] {0, 1, 3},
            predicted,
            amdahl,
            List.of(
                new Analysis.LabelShare(forwardLabel, 3 * MS, 3.0 / 4.5),
                new Analysis.LabelShare("load", MS, 1.0 / 4.5),
                new Analysis.LabelShare("optimizer.step", MS / 2, 0.5 / 4.5)),
            List.of(
                new Analysis.WhatIf("2x cores", SPAN, SPAN, 1.0),
                new Analysis.WhatIf("4x cores", SPAN, SPAN, 1.0),
                new Analysis.WhatIf("2x single-thread speed", SPAN / 2, SPAN / 2, 2.0),
                new Analysis.WhatIf("2x GPU", SPAN, SPAN, 1.0),
                new Analysis.WhatIf("unlimited cores", SPAN, SPAN, 1.0)),
            new Analysis.ParallelismProfile(
                new long[] {0, MS, 3 * MS, 4 * MS, 4 * MS + MS / 2}, new int[] {1, 2, 1, 1, 0}),
            new Analysis.Hardware(2, 1, "Test CPU @ 3.0GHz", List.of()),
            new Analysis.Counts(4, 4, 3, 7),
            List.of("5 events were dropped <because> of a full buffer & more."),
            Analysis.Insights.EMPTY,
            LabelSensitivity.compute(
                graph, CriticalPathLabels.of(graph, CriticalPath.of(graph)), 2),
            List.of(
                new Analysis.LaneCpuWait("main", 2 * MS, 3 * MS / 2, MS / 2),
                new Analysis.LaneCpuWait(workerName, 3 * MS, 3 * MS, 0),
                new Analysis.LaneCpuWait("worker-2", 2 * MS, 2 * MS, 0)));
    return analysis.withInsights(InsightAnalysis.compute(analysis, samples(forwardLabel)));
  }

  static List<ExecutionSample> samples(String forwardLabel) {
    List<String> run = List.of("Trainer.run", "Thread.run");
    return List.of(
        new ExecutionSample(1, MS / 2, List.of("Loader.load", "Trainer.run", "Thread.run")),
        new ExecutionSample(21, 2 * MS, List.of(forwardLabel, "Trainer.run", "Thread.run")),
        new ExecutionSample(22, 2 * MS, List.of("Mlp.forwardSmall", "Trainer.run", "Thread.run")),
        new ExecutionSample(
            1, 4 * MS + MS / 4, List.of("Optimizer.step", "Trainer.run", "Thread.run")),
        new ExecutionSample(99, 2 * MS, run));
  }
}
