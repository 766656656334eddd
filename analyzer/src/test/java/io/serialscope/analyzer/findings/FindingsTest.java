package io.serialscope.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.Analyzer;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on hand-made graphs: one that should fire it and one just on the other side. */
class FindingsTest {
  private static Analysis analyze(SegmentGraph graph, int cores) {
    return Analyzer.analyze(
        "t.jfr", graph, new Analysis.Hardware(cores, cores, "cpu", List.of()), List.of(), 0);
  }

  private static Finding finding(Analysis analysis, String id) {
    return analysis.insights().findings().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  /** A serial segment of {@code a} ns, then {@code n} parallel tasks of {@code b} ns. */
  private static SegmentGraph serialThenParallel(long a, int n, long b) {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int main = g.addLane(new Lane("main", 1));
    int serial = g.addSegment(0, a, main, 0, "serial");
    for (int i = 0; i < n; i++) {
      int lane = g.addLane(new Lane("worker-" + i, 10 + i));
      int task = g.addSegment(a, b, lane, i + 1, "task");
      g.addEdge(serial, task, EdgeKind.SPAWN);
    }
    return g.build();
  }

  @Test
  void serialPhaseDominatesAboveThirtyPercent() {
    // s = 100 / (100 + 2·100) = 0.33 > 0.3; s = 100 / (100 + 3·100) = 0.25
    Finding serial = finding(analyze(serialThenParallel(100, 2, 100), 8), "serial-phase-dominates");
    assertThat(serial).isNotNull();
    assertThat(serial.severity()).isEqualTo(Severity.WARNING);
    assertThat(serial.summary()).startsWith("33% of the work runs while nothing else can");
    assertThat(serial.evidence()).isEqualTo("serialFraction");
    assertThat(finding(analyze(serialThenParallel(100, 3, 100), 8), "serial-phase-dominates"))
        .isNull();
    // s = 700 / (700 + 2·100) > 0.6: critical
    assertThat(
            finding(analyze(serialThenParallel(700, 2, 100), 8), "serial-phase-dominates")
                .severity())
        .isEqualTo(Severity.CRITICAL);
  }

  @Test
  void oneLabelSerializesTheSpanAboveFortyPercent() {
    // span = serial 100 + task 200: 'task' holds 2/3 of it
    Analysis task = analyze(serialThenParallel(100, 4, 200), 8);
    Finding f = finding(task, "label-serializes-span");
    assertThat(f).isNotNull();
    assertThat(f.summary()).startsWith("'task' takes 67% of the critical path");
    assertThat(f.evidence()).isEqualTo("criticalPath.byLabel");
    // Two labels of 40% / 30% / 30%: none above 40%
    SegmentGraphBuilder g = SegmentGraph.builder();
    int main = g.addLane(new Lane("main", 1));
    int x = g.addSegment(0, 40, main, 0, "x");
    int y = g.addSegment(40, 30, main, 0, "y");
    int z = g.addSegment(70, 30, main, 0, "z");
    g.addEdge(x, y, EdgeKind.PROGRAM_ORDER).addEdge(y, z, EdgeKind.PROGRAM_ORDER);
    assertThat(finding(analyze(g.build(), 8), "label-serializes-span")).isNull();
  }

  @Test
  void poolLargerThanTheCoresWhenMoreThreadsRanAtOnce() {
    // four workers run their tasks at the same time
    SegmentGraph graph = serialThenParallel(100, 4, 100);
    Finding f = finding(analyze(graph, 2), "pool-larger-than-cores");
    assertThat(f).isNotNull();
    assertThat(f.summary()).startsWith("Up to 4 threads ran tasks at once on 2 logical cores");
    assertThat(finding(analyze(graph, 4), "pool-larger-than-cores")).isNull();
    // three threads on two cores for 5 ns of 1000 busy ns: a hand-over instant, not a pool
    SegmentGraphBuilder g = SegmentGraph.builder();
    for (int i = 0; i < 3; i++) {
      int lane = g.addLane(new Lane("worker-" + i, 10 + i));
      g.addSegment(i < 2 ? 0 : 995, i < 2 ? 1000 : 5, lane, i, "task");
    }
    assertThat(finding(analyze(g.build(), 2), "pool-larger-than-cores")).isNull();
  }

  @Test
  void tasksTooSmallWhenManyTasksHaveATinyMedian() {
    Finding f = finding(analyze(manyTasks(1_000, 20_000), 8), "tasks-too-small");
    assertThat(f).isNotNull();
    assertThat(f.summary()).startsWith("1,000 tasks with a median of 20.0 µs");
    assertThat(finding(analyze(manyTasks(999, 20_000), 8), "tasks-too-small")).isNull();
    assertThat(finding(analyze(manyTasks(1_000, 60_000), 8), "tasks-too-small")).isNull();
  }

  /** {@code n} independent tasks of {@code nanos} each on one worker, one after another. */
  private static SegmentGraph manyTasks(int n, long nanos) {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int worker = g.addLane(new Lane("worker", 1));
    for (int i = 0; i < n; i++) {
      g.addSegment(i * nanos, nanos, worker, i, "tiny");
    }
    return g.build();
  }

  @Test
  void gpuIdleWhileTheCpuPreparesOnlyWithGpuWork() {
    // CPU prepares 800 ns, the kernel runs 200 ns: GPU busy 20%, CPU 80% of the path
    Finding f = finding(analyze(prepareThenKernel(800, 200), 8), "gpu-idle-while-cpu-prepares");
    assertThat(f).isNotNull();
    assertThat(f.summary()).startsWith("The GPU is idle 80% of the time");
    assertThat(f.evidence()).isEqualTo("criticalPath.byKind");
    // the GPU busy most of the time
    assertThat(finding(analyze(prepareThenKernel(200, 800), 8), "gpu-idle-while-cpu-prepares"))
        .isNull();
    // no GPU at all
    assertThat(finding(analyze(serialThenParallel(800, 1, 200), 8), "gpu-idle-while-cpu-prepares"))
        .isNull();
  }

  private static SegmentGraph prepareThenKernel(long cpuNanos, long gpuNanos) {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int cpu = g.addLane(new Lane("main", 1));
    int gpu = g.addLane(new Lane("stream 0", -1));
    int prepare = g.addSegment(0, cpuNanos, cpu, 0, "prepare");
    int kernel =
        g.addSegment(
            cpuNanos,
            gpuNanos,
            gpu,
            1,
            SegmentKind.GPU_KERNEL,
            new int[] {g.label("gemm")},
            new long[] {gpuNanos});
    g.addEdge(prepare, kernel, EdgeKind.SPAWN);
    return g.build();
  }

  @Test
  void findingsAreListedMostSevereFirst() {
    // s = 700/900: critical; plus 'serial' at 7/8 of the span: warning
    List<Finding> findings = analyze(serialThenParallel(700, 2, 100), 8).insights().findings();
    assertThat(findings).extracting(Finding::id).startsWith("serial-phase-dominates");
    assertThat(findings)
        .extracting(Finding::severity)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(Findings.RULES).extracting(FindingRule::id).doesNotHaveDuplicates().hasSize(5);
  }
}
