package io.serialscope.analyzer.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.Analyzer;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightTest {
  private static final long ORIGIN = 1_000_000_000L;
  private static final Analysis.Hardware FOUR_CORES =
      new Analysis.Hardware(4, 4, "test cpu", List.of());

  /**
   * main (thread 1): {@code a} [0,100) spawns {@code b} on worker (thread 2) [100,400) and {@code
   * c} on main [100,200); {@code d} on main [400,450) joins both. Critical path: a, b, d.
   */
  private static SegmentGraph forkJoin() {
    SegmentGraphBuilder g = SegmentGraph.builder().origin(ORIGIN);
    int main = g.addLane(new Lane("main", 1));
    int worker = g.addLane(new Lane("worker", 2));
    int a = g.addSegment(0, 100, main, 0, "a");
    int b = g.addSegment(100, 300, worker, 1, "b");
    int c = g.addSegment(100, 100, main, 0, "c");
    int d = g.addSegment(400, 50, main, 0, "d");
    g.addEdge(a, b, EdgeKind.SPAWN)
        .addEdge(a, c, EdgeKind.PROGRAM_ORDER)
        .addEdge(b, d, EdgeKind.JOIN)
        .addEdge(c, d, EdgeKind.PROGRAM_ORDER);
    return g.build();
  }

  private static ExecutionSample sample(long thread, long relativeNanos, String... topFirst) {
    return new ExecutionSample(thread, ORIGIN + relativeNanos, List.of(topFirst));
  }

  @Test
  void collapsesStacksRootFirstAndCountsThem() {
    FlameGraph flame =
        FlameGraph.of(
            List.of(
                sample(1, 0, "C.c", "B.b", "A.a"),
                sample(2, 0, "C.c", "B.b", "A.a"),
                sample(1, 5, "B.b", "A.a"),
                sample(1, 6, "odd;name with space", "A.a"),
                sample(1, 7)));

    assertThat(flame.samples()).isEqualTo(5);
    assertThat(flame.collapsedLines())
        .containsExactly("A.a;B.b 1", "A.a;B.b;C.c 2", "A.a;odd_name_with_space 1", "[unknown] 1");
  }

  @Test
  void capsDeepStacksAtTheirTopFrames() {
    String[] deep = new String[100];
    for (int i = 0; i < deep.length; i++) {
      deep[i] = "F.f" + i;
    }
    ExecutionSample sample = sample(1, 0, deep);
    assertThat(sample.framesTopFirst()).hasSize(ExecutionSample.MAX_FRAMES).startsWith("F.f0");
  }

  @Test
  void criticalPathSamplesAreThoseInsideCriticalSegmentsOfTheirThread() {
    SegmentGraph graph = forkJoin();
    int[] path = {0, 1, 3}; // a, b, d (indices follow start order: a, b, c, d)
    List<ExecutionSample> samples =
        List.of(
            sample(1, 50, "in.a"), // main inside a: critical
            sample(1, 150, "in.c"), // main inside c: not critical
            sample(2, 100, "start.of.b"), // worker at b's start: critical
            sample(2, 399, "end.of.b"), // last nanosecond of b: critical
            sample(2, 400, "after.b"), // b's end is exclusive
            sample(1, 420, "in.d"), // critical
            sample(3, 50, "other.thread"), // a thread with no lane
            sample(1, -5, "before.origin"));

    FlameGraph critical = FlameGraph.of(CriticalPathSamples.of(graph, path, samples));

    assertThat(critical.stacks())
        .containsOnly(
            entry("in.a", 1L), entry("start.of.b", 1L), entry("end.of.b", 1L), entry("in.d", 1L));
  }

  @Test
  void analyzerBuildsBothFlameGraphsFromTheSamples() {
    Analysis analysis =
        Analyzer.analyze(
            "t.jfr",
            forkJoin(),
            FOUR_CORES,
            List.of(),
            0,
            List.of(sample(1, 50, "A.a"), sample(1, 150, "C.c"), sample(2, 200, "B.b")));

    assertThat(analysis.insights().wholeProgramFlame().samples()).isEqualTo(3);
    assertThat(analysis.insights().criticalPathFlame().collapsedLines())
        .containsExactly("A.a 1", "B.b 1");
  }

  @Test
  void breaksTheCriticalPathDownByLaneAndKind() {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int cpu = g.addLane(new Lane("main", 1));
    int gpu = g.addLane(new Lane("stream 0", -1));
    int prepare = g.addSegment(0, 100, cpu, 0, "prepare");
    int kernel =
        g.addSegment(
            100,
            300,
            gpu,
            1,
            SegmentKind.GPU_KERNEL,
            new int[] {g.label("gemm")},
            new long[] {300});
    int copy =
        g.addSegment(
            400, 100, gpu, 1, SegmentKind.GPU_COPY, new int[] {g.label("d2h")}, new long[] {100});
    g.addEdge(prepare, kernel, EdgeKind.SPAWN).addEdge(kernel, copy, EdgeKind.PROGRAM_ORDER);

    Analysis analysis = Analyzer.analyze("t.jfr", g.build(), FOUR_CORES, List.of(), 0);

    assertThat(analysis.insights().criticalPathByLane())
        .containsExactly(
            new Analysis.Share("stream 0", 400, 0.8), new Analysis.Share("main", 100, 0.2));
    assertThat(analysis.insights().criticalPathByKind())
        .containsExactly(
            new Analysis.Share("GPU kernel", 300, 0.6),
            new Analysis.Share("CPU", 100, 0.2),
            new Analysis.Share("GPU copy", 100, 0.2));
  }

  @Test
  void distributionsPerLabelHaveExactMaximaAndCloseQuantiles() {
    SegmentGraphBuilder g = SegmentGraph.builder();
    int lane = g.addLane(new Lane("main", 1));
    long t = 0;
    for (int i = 1; i <= 1000; i++) { // step: 1 µs .. 1000 µs
      g.addSegment(t, i * 1_000L, lane, i, "step");
      t += i * 1_000L;
    }
    g.addSegment(t, 7, lane, 0, "tiny");

    List<LabelDistribution> distributions = DurationDistributions.byLabel(g.build());

    assertThat(distributions).hasSize(2);
    LabelDistribution step = distributions.get(0);
    assertThat(step.label()).isEqualTo("step");
    assertThat(step.segments()).isEqualTo(1000);
    assertThat(step.totalNanos()).isEqualTo(500_500_000L);
    assertThat((double) step.p50Nanos()).isCloseTo(500_000, within(500.0));
    assertThat((double) step.p90Nanos()).isCloseTo(900_000, within(900.0));
    assertThat((double) step.p99Nanos()).isCloseTo(990_000, within(990.0));
    assertThat(step.maxNanos()).isEqualTo(1_000_000);
    assertThat(distributions.get(1)).isEqualTo(new LabelDistribution("tiny", 1, 7, 7, 7, 7, 7));
  }

  @Test
  void recordedConcurrencyCountsSegmentsRunningAtEachInstant() {
    // a [0,100), b [100,400), c [100,200), d [400,450): 1, then 2, then 1 until 450
    Analysis.ParallelismProfile profile = RecordedConcurrency.of(forkJoin());

    assertThat(profile.timesNanos()).containsExactly(0, 100, 200, 450);
    assertThat(profile.levels()).containsExactly(1, 2, 1, 0);
    assertThat(RecordedConcurrency.peakCpu(forkJoin())).isEqualTo(2);
  }

  @Test
  void recordedConcurrencyOfNothingIsOneZeroStep() {
    Analysis.ParallelismProfile profile = RecordedConcurrency.of(SegmentGraph.builder().build());

    assertThat(profile.timesNanos()).containsExactly(0);
    assertThat(profile.levels()).containsExactly(0);
  }
}
