package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A CPU thread launches a 100 ns kernel (launch segment 10), prepares the next batch on the CPU for
 * 80 while the kernel runs, then synchronizes and finishes (10). By hand, on one CPU processor:
 * launch [0, 10], kernel [10, 110] on the GPU beside prepare [10, 90], finish [110, 120]: T_1 =
 * 120. Were the kernel scheduled on the CPU processor, it would queue with the preparation: T_1 =
 * 200.
 */
class GpuWorkTakesNoProcessorTest {
  @Test
  void aKernelOverlapsTheCpuWorkOfItsOwnThreadOnOneProcessor() {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int cpu = builder.addLane(new Lane("main", 1));
    int gpu = builder.addLane(new Lane("GPU 0 stream 0", -1000));
    int launch = builder.addSegment(0, 10, cpu, 0, "launch");
    int prepare = builder.addSegment(10, 80, cpu, 0, "prepare");
    int kernel =
        builder.addSegment(
            10,
            100,
            gpu,
            1,
            SegmentKind.GPU_KERNEL,
            new int[] {builder.label("matmul")},
            new long[] {100});
    int finish = builder.addSegment(110, 10, cpu, 0, "finish");
    builder.addEdge(launch, prepare, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(launch, kernel, EdgeKind.GPU_LAUNCH);
    builder.addEdge(prepare, finish, EdgeKind.PROGRAM_ORDER);
    builder.addEdge(kernel, finish, EdgeKind.GPU_SYNC);
    SegmentGraph graph = builder.build();

    assertThat(GreedySchedule.makespanNanos(graph, 1)).isEqualTo(120);
    assertThat(GreedySchedule.makespanNanos(graph, 2)).isEqualTo(120);
    assertThat(GreedySchedule.makespanNanos(graph, 1, 5)).isEqualTo(120); // no CPU hand-off here
  }

  @Test
  void kernelsOnOneStreamStillRunOneAfterAnother() {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int cpu = builder.addLane(new Lane("main", 1));
    int gpu = builder.addLane(new Lane("GPU 0 stream 0", -1000));
    int launch = builder.addSegment(0, 10, cpu, 0, "launch");
    int[] kernels = new int[3];
    for (int i = 0; i < kernels.length; i++) {
      kernels[i] =
          builder.addSegment(
              10 + 50L * i,
              50,
              gpu,
              1,
              SegmentKind.GPU_KERNEL,
              new int[] {builder.label("k")},
              new long[] {50});
      builder.addEdge(launch, kernels[i], EdgeKind.GPU_LAUNCH);
      if (i > 0) {
        builder.addEdge(kernels[i - 1], kernels[i], EdgeKind.STREAM_ORDER);
      }
    }
    SegmentGraph graph = builder.build();

    // the stream orders them: 10 + 3 * 50, on any number of processors
    assertThat(GreedySchedule.makespanNanos(graph, 1)).isEqualTo(160);
    assertThat(GreedySchedule.makespanNanos(graph, 16)).isEqualTo(160);
  }
}
