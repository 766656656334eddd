package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathLabelsTest {

  @Test
  void segmentSplitBetweenTwoLabelsCountsEachPart() {
    // A (100 ns: 30 load + 70 forward) -> B (50 ns forward); C (10 ns other) off the path
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int side = builder.addLane(new Lane("side", 2));
    int a =
        builder.addSegment(
            0,
            100,
            main,
            0,
            SegmentKind.CPU,
            new int[] {builder.label("load"), builder.label("forward")},
            new long[] {30, 70});
    int b = builder.addSegment(100, 50, main, 0, "forward");
    builder.addSegment(5, 10, side, 1, "other");
    builder.addEdge(a, b, EdgeKind.PROGRAM_ORDER);
    SegmentGraph graph = builder.build();
    CriticalPath path = CriticalPath.of(graph);
    assertThat(path.spanNanos()).isEqualTo(150);

    List<Analysis.LabelShare> byLabel = CriticalPathLabels.of(graph, path);

    // forward = 70 + 50 = 120 → 120/150 = 0.8 ; load = 30 → 30/150 = 0.2 ; other is off the path
    assertThat(byLabel).extracting(Analysis.LabelShare::label).containsExactly("forward", "load");
    assertThat(byLabel).extracting(Analysis.LabelShare::nanos).containsExactly(120L, 30L);
    assertThat(byLabel.get(0).share()).isCloseTo(0.8, within(1e-12));
    assertThat(byLabel.get(1).share()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void equalTimesAreOrderedByLabelName() {
    // chain zeta (40) -> alpha (40): both 40/80 = 0.5, alphabetical order on the tie
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int main = builder.addLane(new Lane("main", 1));
    int first = builder.addSegment(0, 40, main, 0, "zeta");
    int second = builder.addSegment(40, 40, main, 0, "alpha");
    builder.addEdge(first, second, EdgeKind.PROGRAM_ORDER);
    SegmentGraph graph = builder.build();

    List<Analysis.LabelShare> byLabel = CriticalPathLabels.of(graph, CriticalPath.of(graph));

    assertThat(byLabel)
        .containsExactly(
            new Analysis.LabelShare("alpha", 40, 0.5), new Analysis.LabelShare("zeta", 40, 0.5));
  }

  @Test
  void graphWithoutWorkHasNoLabels() {
    SegmentGraph graph = TestGraphs.chain(0, 0);
    assertThat(CriticalPathLabels.of(graph, CriticalPath.of(graph))).isEmpty();
  }
}
