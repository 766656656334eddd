package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfScenariosTest {

  @Test
  void serialThenParallelOnTwoRecordedCores() {
    // a=100 (label "serial"), n=8, b=50 (label "task"), P=2. Baseline T_2 = 100 + 4*50 = 300.
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(graph, 2);

    assertThat(whatIf)
        .containsExactly(
            // T_4 = 100 + 2*50 = 200 ; 300/200 = 1.5 ; span unchanged 150
            new Analysis.WhatIf("2x cores", 150, 200, 1.5, "cores=2x"),
            // T_8 = 100 + 1*50 = 150 ; 300/150 = 2
            new Analysis.WhatIf("4x cores", 150, 150, 2.0, "cores=4x"),
            // predicted = span = 150 ; 300/150 = 2
            new Analysis.WhatIf("unlimited cores", 150, 150, 2.0, "cores=unlimited"),
            // 100/1.5 -> 67, 50/1.5 -> 34 (rounded up): span 101, T_2 = 67 + 4*34 = 203
            new Analysis.WhatIf("1.5x single-thread speed", 101, 203, 300.0 / 203, "cpu=1.5x"),
            // durations 50 and 25: T_2 = 50 + 4*25 = 150, span 50 + 25 = 75 ; 300/150 = 2
            new Analysis.WhatIf("2x single-thread speed", 75, 150, 2.0, "cpu=2x"),
            // no GPU segments: nothing changes ; 300/300 = 1
            new Analysis.WhatIf("2x GPU", 150, 300, 1.0, "gpu=2x"),
            new Analysis.WhatIf("2x host-device copies", 150, 300, 1.0, "copy=2x"),
            // "serial" has most critical-path time (100 of 150): 50 + 4*50 = 250, span 100
            new Analysis.WhatIf("2x serial", 100, 250, 1.2, "label=serial:2x"));
  }

  @Test
  void aFactorOnWorkTheGraphDoesNotHaveKeepsTheSameGraphAndAFactorOnItsWorkDoesNot() {
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

    // no GPU work: the same instance, which keeps the schedules already computed for it
    assertThat(WhatIfEngine.apply(graph, WhatIfSpec.parse("gpu=2x"))).isSameAs(graph);
    SegmentGraph faster = WhatIfEngine.apply(graph, WhatIfSpec.parse("cpu=2x"));
    assertThat(faster).isNotSameAs(graph);
    assertThat(faster.durationNanos(0)).isEqualTo(50);
    assertThat(graph.hasDurations(graph.durationsCopy())).isTrue();
    assertThat(graph.hasDurations(faster.durationsCopy())).isFalse();
  }

  @Test
  void userScenariosRunAfterTheBuiltInOnes() {
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

    List<Analysis.WhatIf> whatIf =
        WhatIfScenarios.compute(graph, 2, List.of(WhatIfSpec.parse("cores=4,cpu=2x")));

    // durations 50 and 25 on 4 cores: T_4 = 50 + 2*25 = 100 ; 300/100 = 3 ; span 75
    assertThat(whatIf.get(whatIf.size() - 1))
        .isEqualTo(new Analysis.WhatIf("cores=4,cpu=2x", 75, 100, 3.0, "cores=4,cpu=2x"));
  }

  @Test
  void gpuAndCpuScenariosScaleOnlyTheirKinds() {
    // CPU 75 -> kernel 200 -> copy 40 -> CPU 50, a chain on P=1. Baseline = 365.
    SegmentGraph graph = cpuKernelCopyCpu();

    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(graph, 1);

    // a chain gains nothing from cores
    assertThat(named(whatIf, "2x cores"))
        .isEqualTo(new Analysis.WhatIf("2x cores", 365, 365, 1.0, "cores=2x"));
    assertThat(named(whatIf, "unlimited cores").predictedNanos()).isEqualTo(365);
    // 1.5x single-thread speed: 75 -> 50, 50 -> 34 (rounded up): 50 + 200 + 40 + 34 = 324
    assertThat(named(whatIf, "1.5x single-thread speed").predictedNanos()).isEqualTo(324);
    // 2x single-thread speed: 75 -> 38 (half, rounded up), 50 -> 25: 38 + 200 + 40 + 25 = 303
    assertThat(named(whatIf, "2x single-thread speed"))
        .isEqualTo(new Analysis.WhatIf("2x single-thread speed", 303, 303, 365.0 / 303, "cpu=2x"));
    // 2x GPU: kernel 200 -> 100, the copy stays 40: 75 + 100 + 40 + 50 = 265
    assertThat(named(whatIf, "2x GPU"))
        .isEqualTo(new Analysis.WhatIf("2x GPU", 265, 265, 365.0 / 265, "gpu=2x"));
    // 2x copies: 40 -> 20: 75 + 200 + 20 + 50 = 345
    assertThat(named(whatIf, "2x host-device copies"))
        .isEqualTo(new Analysis.WhatIf("2x host-device copies", 345, 345, 365.0 / 345, "copy=2x"));
    // the kernel has most critical-path time: 75 + 100 + 40 + 50 = 265
    assertThat(named(whatIf, "2x matmul").predictedNanos()).isEqualTo(265);
  }

  @Test
  void removingTheLockThatSerializesTwoCriticalSections() {
    // two lanes: work 10 then a critical section of 40 each; lock 7 orders section 1 before
    // section 2. Span = 10 + 40 + 40 = 90 = T_2. Without the lock both run at once: 50.
    SegmentGraph graph = twoCriticalSections();

    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(graph, 2);

    assertThat(named(whatIf, "lock 7 removed"))
        .isEqualTo(new Analysis.WhatIf("lock 7 removed", 50, 50, 90.0 / 50, "lock=7"));
    // a lock that is not in the graph changes nothing
    Analysis.WhatIf other = WhatIfEngine.run(graph, "lock 9", WhatIfSpec.parse("lock=9"), 2, 90);
    assertThat(other.predictedNanos()).isEqualTo(90);
  }

  @Test
  void graphWithoutLockHandOffsHasNoLockScenario() {
    assertThat(WhatIfScenarios.compute(TestGraphs.diamond(1, 2, 3, 4), 2))
        .noneMatch(w -> w.scenario().startsWith("lock"));
  }

  @Test
  void labelFactorScalesOnlyThatLabelsPartOfASegment() {
    // one segment of 100 ns: 30 in "load", 70 in "forward"; then a 50 ns segment "other"
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int first =
        builder.addSegment(
            0,
            100,
            main,
            0,
            SegmentKind.CPU,
            new int[] {builder.label("load"), builder.label("forward")},
            new long[] {30, 70});
    int second = builder.addSegment(100, 50, main, 0, "other");
    builder.addEdge(first, second, EdgeKind.PROGRAM_ORDER);
    SegmentGraph graph = builder.build();

    // 30 + 70/2 + 50 = 115
    assertThat(WhatIfEngine.run(graph, "x", WhatIfSpec.parse("label=forward:2x"), 1, 150))
        .isEqualTo(new Analysis.WhatIf("x", 115, 115, 150.0 / 115, "label=forward:2x"));
    // with cpu=2x as well: 30/2 + 70/4 (17.5 -> 18) + 50/2 = 15 + 18 + 25 = 58
    assertThat(
            WhatIfEngine.run(graph, "y", WhatIfSpec.parse("cpu=2x,label=forward:2x"), 1, 150)
                .predictedNanos())
        .isEqualTo(58);
    assertThatThrownBy(
            () -> WhatIfEngine.run(graph, "z", WhatIfSpec.parse("label=nope:2x"), 1, 150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope' does not occur");
  }

  @Test
  void graphWithoutWorkHasSpeedupOne() {
    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(TestGraphs.chain(0, 0), 4);
    assertThat(whatIf).hasSize(7).allSatisfy(w -> assertThat(w.speedup()).isEqualTo(1.0));
  }

  @Test
  void refusesZeroProcessors() {
    assertThatThrownBy(() -> WhatIfScenarios.compute(TestGraphs.chain(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Analysis.WhatIf named(List<Analysis.WhatIf> whatIf, String scenario) {
    return whatIf.stream().filter(w -> w.scenario().equals(scenario)).findFirst().orElseThrow();
  }

  private static SegmentGraph twoCriticalSections() {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int one = builder.addLane(new Lane("one", 1));
    int two = builder.addLane(new Lane("two", 2));
    int work1 = builder.addSegment(0, 10, one, 0, "work");
    int section1 = builder.addSegment(10, 40, one, 0, "critical");
    int work2 = builder.addSegment(0, 10, two, 1, "work");
    int section2 = builder.addSegment(50, 40, two, 1, "critical");
    builder.addEdge(work1, section1, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(work2, section2, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(section1, section2, EdgeKind.WAKE, 7);
    return builder.build();
  }

  private static SegmentGraph cpuKernelCopyCpu() {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int stream = builder.addLane(new Lane("cuda stream 0", -1));
    int prepare = builder.addSegment(0, 75, main, 0, "prepare");
    int kernel = gpu(builder, 75, 200, stream, SegmentKind.GPU_KERNEL, "matmul");
    int copy = gpu(builder, 275, 40, stream, SegmentKind.GPU_COPY, "copy to host");
    int consume = builder.addSegment(315, 50, main, 0, "consume");
    builder.addEdge(prepare, kernel, EdgeKind.SPAWN);
    builder.addEdge(kernel, copy, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(copy, consume, EdgeKind.WAKE);
    return builder.build();
  }

  private static int gpu(
      SegmentGraphBuilder builder,
      long start,
      long duration,
      int lane,
      SegmentKind kind,
      String label) {
    return builder.addSegment(
        start, duration, lane, 1, kind, new int[] {builder.label(label)}, new long[] {duration});
  }
}
