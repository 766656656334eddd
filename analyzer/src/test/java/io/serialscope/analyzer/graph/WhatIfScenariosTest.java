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
    // a=100, n=8, b=50, P=2. Baseline T_2 = 100 + 4*50 = 300.
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(graph, 2);

    assertThat(whatIf)
        .containsExactly(
            // T_4 = 100 + 2*50 = 200 ; 300/200 = 1.5 ; span unchanged 150
            new Analysis.WhatIf("2x cores", 150, 200, 1.5),
            // T_8 = 100 + 1*50 = 150 ; 300/150 = 2
            new Analysis.WhatIf("4x cores", 150, 150, 2.0),
            // durations 50 and 25: T_2 = 50 + 4*25 = 150, span 50 + 25 = 75 ; 300/150 = 2
            new Analysis.WhatIf("2x single-thread speed", 75, 150, 2.0),
            // no GPU segments: nothing changes ; 300/300 = 1
            new Analysis.WhatIf("2x GPU", 150, 300, 1.0),
            // predicted = span = 150 ; 300/150 = 2
            new Analysis.WhatIf("unlimited cores", 150, 150, 2.0));
  }

  @Test
  void gpuAndCpuScenariosHalveOnlyTheirKinds() {
    // CPU 75 -> kernel 200 -> copy 40 -> CPU 50, a chain on P=1. Baseline = 365.
    SegmentGraph graph = cpuKernelCopyCpu();

    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(graph, 1);

    // 2x single-thread speed: 75 -> 38 (half, rounded up), 50 -> 25: 38 + 200 + 40 + 25 = 303
    assertThat(whatIf.get(2))
        .isEqualTo(new Analysis.WhatIf("2x single-thread speed", 303, 303, 365.0 / 303));
    // 2x GPU: 200 -> 100, 40 -> 20: 75 + 100 + 20 + 50 = 245
    assertThat(whatIf.get(3)).isEqualTo(new Analysis.WhatIf("2x GPU", 245, 245, 365.0 / 245));
    // a chain gains nothing from cores
    assertThat(whatIf.get(0)).isEqualTo(new Analysis.WhatIf("2x cores", 365, 365, 1.0));
    assertThat(whatIf.get(4)).isEqualTo(new Analysis.WhatIf("unlimited cores", 365, 365, 1.0));
  }

  @Test
  void graphWithoutWorkHasSpeedupOne() {
    List<Analysis.WhatIf> whatIf = WhatIfScenarios.compute(TestGraphs.chain(0, 0), 4);
    assertThat(whatIf).hasSize(5).allSatisfy(w -> assertThat(w.speedup()).isEqualTo(1.0));
  }

  @Test
  void refusesZeroProcessors() {
    assertThatThrownBy(() -> WhatIfScenarios.compute(TestGraphs.chain(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
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
