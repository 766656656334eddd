package io.serialscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serialscope.analyzer.graph.TestGraphs;
import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if scenarios, sensitivity curves and CPU wait as the whole analysis reports them. */
class AnalyzerWhatIfTest {
  // a=100, n=8, b=50: T_1 = 500, T_2 = 300, T_4 = 200, T_8 = 150
  private final SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

  private Analysis analyze(Analysis.Hardware hardware, List<WhatIfSpec> specs) {
    return Analyzer.analyze("test", graph, hardware, List.of(), 0, List.of(), specs);
  }

  @Test
  void scenariosStartFromPhysicalCoresWhenKnown() {
    // 4 logical cores on 2 physical ones: the baseline is T_2 = 300, "2x cores" is T_4 = 200
    Analysis a = analyze(new Analysis.Hardware(4, 2, "smt", List.of()), List.of());

    Analysis.WhatIf twice = a.whatIf().get(0);
    assertThat(twice.scenario()).isEqualTo("2x cores");
    assertThat(twice.predictedNanos()).isEqualTo(200);
    assertThat(twice.speedup()).isEqualTo(1.5);
  }

  @Test
  void scenariosFallBackToLogicalCores() {
    // physical unknown: baseline T_4 = 200, "2x cores" is T_8 = 150
    Analysis a = analyze(new Analysis.Hardware(4, -1, "unknown", List.of()), List.of());

    assertThat(a.whatIf().get(0).predictedNanos()).isEqualTo(150);
    assertThat(a.whatIf().get(0).speedup()).isEqualTo(200.0 / 150);
  }

  @Test
  void userSpecsAreReportedAfterTheBuiltInOnes() {
    Analysis a =
        analyze(
            new Analysis.Hardware(2, 2, "x", List.of()),
            List.of(WhatIfSpec.parse("cores=8"), WhatIfSpec.parse("label=task:2x")));

    Analysis.WhatIf cores = a.whatIf().get(a.whatIf().size() - 2);
    // T_8 = 150 against T_2 = 300
    assertThat(cores).isEqualTo(new Analysis.WhatIf("cores=8", 150, 150, 2.0, "cores=8"));
    // tasks of 25: T_2 = 100 + 4*25 = 200, span 125
    assertThat(a.whatIf().get(a.whatIf().size() - 1))
        .isEqualTo(new Analysis.WhatIf("label=task:2x", 125, 200, 1.5, "label=task:2x"));
    assertThat(a.sensitivity())
        .extracting(Analysis.LabelSensitivity::label)
        .containsExactly("task", "serial");
  }

  @Test
  void unknownLabelInASpecIsRefused() {
    assertThatThrownBy(
            () ->
                analyze(
                    new Analysis.Hardware(2, 2, "x", List.of()),
                    List.of(WhatIfSpec.parse("label=nope:2x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void cpuWaitIsWallMinusCpuTimePerLane() {
    // lane "busy": a 100 ns segment that got 60 ns of CPU; then a 50 ns one that got all of it.
    SegmentGraphBuilder b = SegmentGraph.builder();
    int busy = b.addLane(new Lane("busy", 1));
    int idle = b.addLane(new Lane("idle", 2));
    int first = b.addSegment(0, 100, busy, 0, "x");
    int second = b.addSegment(100, 50, busy, 0, "x");
    b.addSegment(0, 30, idle, 1, "y");
    b.addEdge(first, second, EdgeKind.PROGRAM_ORDER);
    b.shortenSegment(first, 60);
    SegmentGraph g = b.build();

    Analysis a =
        Analyzer.analyze("t", g, new Analysis.Hardware(2, 2, "x", List.of()), List.of(), 0);

    assertThat(g.cpuWaitNanos(0)).isEqualTo(40);
    assertThat(a.workNanos()).isEqualTo(60 + 50 + 30);
    assertThat(a.cpuWait())
        .containsExactly(
            new Analysis.LaneCpuWait("busy", 150, 110, 40),
            new Analysis.LaneCpuWait("idle", 30, 30, 0));
  }
}
