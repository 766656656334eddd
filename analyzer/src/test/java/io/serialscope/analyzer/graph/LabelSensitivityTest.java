package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSensitivityTest {

  @Test
  void curvesOfASerialPhaseAndOfItsParallelTasks() {
    // "serial" 100 ns spawns 8 tasks "task" of 50 ns; P = 2: T_2 = 100 + 4*50 = 300, span 150.
    SegmentGraph graph = TestGraphs.serialThenParallel(100, 8, 50);
    List<Analysis.LabelShare> byLabel = CriticalPathLabels.of(graph, CriticalPath.of(graph));

    List<Analysis.LabelSensitivity> curves = LabelSensitivity.compute(graph, byLabel, 2);

    // ranked by T_2 at 50 %: tasks 25 ns -> 100 + 4*25 = 200; serial 50 ns -> 50 + 200 = 250
    assertThat(curves)
        .extracting(Analysis.LabelSensitivity::label)
        .containsExactly("task", "serial");
    Analysis.LabelSensitivity task = curves.get(0);
    Analysis.LabelSensitivity serial = curves.get(1);
    assertThat(task.speedupPercents()).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    assertThat(task.criticalPathNanos()).isEqualTo(50);
    // task at x %: 50 (1 - x/100) each; span 100 + 50 (1 - x/100); T_2 = 100 + 4 * 50 (1 - x/100)
    assertThat(task.spanNanos())
        .containsExactly(150, 145, 140, 135, 130, 125, 120, 115, 110, 105, 100);
    assertThat(task.predictedNanos())
        .containsExactly(300, 280, 260, 240, 220, 200, 180, 160, 140, 120, 100);
    // serial at x %: 100 - x; span 150 - x; T_2 = 300 - x
    assertThat(serial.spanNanos())
        .containsExactly(150, 140, 130, 120, 110, 100, 90, 80, 70, 60, 50);
    assertThat(serial.predictedNanos())
        .containsExactly(300, 290, 280, 270, 260, 250, 240, 230, 220, 210, 200);
    assertThat(task.predictedGain(5)).isEqualTo(1 - 200.0 / 300);
  }

  @Test
  void labelsOffTheCriticalPathAreNotEvaluated() {
    // diamond A=1, B=2 (short branch), C=5 (long branch), D=1: B is not on the critical path
    SegmentGraph graph = TestGraphs.diamond(1, 2, 5, 1);
    List<Analysis.LabelShare> byLabel = CriticalPathLabels.of(graph, CriticalPath.of(graph));

    List<Analysis.LabelSensitivity> curves = LabelSensitivity.compute(graph, byLabel, 2);

    assertThat(curves).extracting(Analysis.LabelSensitivity::label).containsOnly("A", "C", "D");
    // C removed entirely: B (2) becomes the longer branch: 1 + 2 + 1 = 4
    Analysis.LabelSensitivity c =
        curves.stream().filter(x -> x.label().equals("C")).findFirst().orElseThrow();
    assertThat(c.spanNanos()[10]).isEqualTo(4);
  }
}
