package io.serialscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.graph.TestGraphs;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static final Analysis.Hardware SIX_CORES =
      new Analysis.Hardware(6, 3, "test cpu", List.of());

  @Test
  void serialThenParallelOnSixCores() {
    // a=100, n=8, b=50 on a 6-core machine
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);

    Analysis analysis = Analyzer.analyze("test.jfr", graph, SIX_CORES, List.of("a warning"), 3);

    assertThat(analysis.source()).isEqualTo("test.jfr");
    assertThat(analysis.graph()).isSameAs(graph);
    // T1 = 500, T∞ = 150, parallelism 500/150, s = 100/500
    assertThat(analysis.workNanos()).isEqualTo(500);
    assertThat(analysis.spanNanos()).isEqualTo(150);
    assertThat(analysis.parallelism()).isCloseTo(500.0 / 150, within(1e-12));
    assertThat(analysis.serialFraction()).isCloseTo(0.2, within(1e-12));
    assertThat(analysis.criticalPath()).containsExactly(0, 1);
    // T_p = 100 + ceil(8/p)*50: 500, 300, 200, 150 (p=6: 100 + 2*50 = 200), 150, 150
    assertThat(analysis.predictedSpeedup())
        .containsExactly(
            entry(1, 500.0 / 500),
            entry(2, 500.0 / 300),
            entry(4, 500.0 / 200),
            entry(6, 500.0 / 200),
            entry(8, 500.0 / 150),
            entry(16, 500.0 / 150));
    // 1 / (0.2 + 0.8/p)
    assertThat(analysis.amdahlSpeedup()).containsOnlyKeys(1, 2, 4, 6, 8, 16);
    assertThat(analysis.amdahlSpeedup().get(4)).isCloseTo(2.5, within(1e-12));
    assertThat(analysis.amdahlSpeedup().get(6)).isCloseTo(1 / (0.2 + 0.8 / 6), within(1e-12));
    // critical path: serial 100 + task 50
    assertThat(analysis.criticalPathByLabel())
        .containsExactly(
            new Analysis.LabelShare("serial", 100, 100.0 / 150),
            new Analysis.LabelShare("task", 50, 50.0 / 150));
    // what-if starts from the 3 physical cores: baseline T_3 = 100 + 3*50 = 250; 2x cores:
    // T_6 = 100 + 2*50 = 200 → 250/200
    assertThat(analysis.whatIf()).hasSize(8);
    assertThat(analysis.whatIf().get(0))
        .isEqualTo(new Analysis.WhatIf("2x cores", 150, 200, 1.25, "cores=2x"));
    assertThat(analysis.profile().levels()).containsExactly(1, 8, 0);
    assertThat(analysis.hardware()).isSameAs(SIX_CORES);
    // 9 segments, 8 spawn edges, 9 lanes (main + 8 workers), 3 dropped
    assertThat(analysis.counts()).isEqualTo(new Analysis.Counts(9, 8, 9, 3));
    assertThat(analysis.warnings()).containsExactly("a warning");
  }

  @Test
  void emptyGraphHasParallelismOneAndNoPath() {
    Analysis analysis =
        Analyzer.analyze("empty", SegmentGraph.builder().build(), SIX_CORES, List.of(), 0);

    assertThat(analysis.workNanos()).isZero();
    assertThat(analysis.spanNanos()).isZero();
    assertThat(analysis.parallelism()).isEqualTo(1.0);
    assertThat(analysis.serialFraction()).isZero();
    assertThat(analysis.criticalPath()).isEmpty();
    assertThat(analysis.predictedSpeedup().values()).containsOnly(1.0);
    assertThat(analysis.criticalPathByLabel()).isEmpty();
  }

  @Test
  void refusesAMachineWithoutCores() {
    Analysis.Hardware none = new Analysis.Hardware(0, -1, "unknown", List.of());
    assertThatThrownBy(() -> Analyzer.analyze("x", TestGraphs.chain(1), none, List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newCountsKeepEverythingElse() {
    Analysis analysis =
        Analyzer.analyze("x", TestGraphs.serialThenParallel(100, 4, 50), SIX_CORES, List.of(), 0);

    Analysis partial = analysis.withCounts(analysis.counts().asPartial().withMergedTasks(7));

    assertThat(partial.counts().partial()).isTrue();
    assertThat(partial.counts().mergedTasks()).isEqualTo(7);
    // a recording marked partial or with merged tasks once lost its CPU-wait and sensitivity data
    assertThat(partial.cpuWait()).isEqualTo(analysis.cpuWait()).isNotEmpty();
    assertThat(partial.sensitivity()).isEqualTo(analysis.sensitivity()).isNotEmpty();
    assertThat(partial.insights()).isEqualTo(analysis.insights());
  }
}
