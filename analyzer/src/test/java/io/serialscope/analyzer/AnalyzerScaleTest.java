package io.serialscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.graph.TestGraphs;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A million segments must go through the whole analysis; no timing assertion, only sanity. */
class AnalyzerScaleTest {
  private static final int SEGMENTS = 1_000_000;

  @Test
  void analyzesAMillionSegmentLayeredGraph() {
    SegmentGraph graph = randomLayeredGraph(new Random(42), SEGMENTS);
    assertThat(graph.segmentCount()).isEqualTo(SEGMENTS);

    Analysis analysis =
        Analyzer.analyze(
            "synthetic", graph, new Analysis.Hardware(8, 4, "test", List.of()), List.of(), 0);

    long work = 0;
    for (int s = 0; s < SEGMENTS; s++) {
      work += graph.durationNanos(s);
    }
    assertThat(analysis.workNanos()).isEqualTo(work);
    assertThat(analysis.spanNanos()).isPositive().isLessThanOrEqualTo(work);
    assertThat(analysis.parallelism()).isGreaterThanOrEqualTo(1.0);
    assertThat(analysis.serialFraction()).isBetween(0.0, 1.0);
    int[] path = analysis.criticalPath();
    long pathNanos = 0;
    for (int i = 0; i < path.length; i++) {
      pathNanos += graph.durationNanos(path[i]);
      if (i > 0) {
        assertThat(TestGraphs.hasEdge(graph, path[i - 1], path[i])).isTrue();
      }
    }
    assertThat(pathNanos).isEqualTo(analysis.spanNanos());
    assertThat(analysis.predictedSpeedup().get(1)).isEqualTo(1.0);
    for (Map.Entry<Integer, Double> speedup : analysis.predictedSpeedup().entrySet()) {
      // S(p) <= p and S(p) <= T1 / T∞ (a tiny epsilon for floating point division)
      assertThat(speedup.getValue())
          .isLessThanOrEqualTo(speedup.getKey() + 1e-9)
          .isLessThanOrEqualTo(analysis.parallelism() + 1e-9);
    }
    // built-in scenarios: cores 2x, 4x, unlimited; cpu 1.5x, 2x; gpu; copies; the top label
    assertThat(analysis.whatIf()).hasSize(8);
    // 1M segments + 1.8M edges: the budget allows 5 points, i.e. two coarse curves (50 %, 100 %)
    assertThat(analysis.sensitivity()).hasSize(2);
    for (Analysis.LabelSensitivity curve : analysis.sensitivity()) {
      assertThat(curve.speedupPercents()).containsExactly(0, 50, 100);
      long[] span = curve.spanNanos();
      assertThat(span[0]).isEqualTo(analysis.spanNanos());
      for (int i = 1; i < span.length; i++) {
        assertThat(span[i]).isLessThanOrEqualTo(span[i - 1]); // shorter segments never lengthen it
      }
    }
    int[] levels = analysis.profile().levels();
    assertThat(levels[levels.length - 1]).isZero();
    assertThat(analysis.counts().segments()).isEqualTo(SEGMENTS);
  }

  /**
   * Layers of 1 to 2,000 segments (a fifth of the layers serial, width 1); every segment after the
   * first layer depends on 1 to 3 random segments of the layer before.
   */
  private static SegmentGraph randomLayeredGraph(Random random, int segments) {
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int lanes = 16;
    for (int l = 0; l < lanes; l++) {
      builder.addLane(new Lane("worker-" + l, l));
    }
    int previousFirst = -1;
    int previousWidth = 0;
    int layer = 0;
    int added = 0;
    while (added < segments) {
      int width = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(2000);
      width = Math.min(width, segments - added);
      int first = -1;
      for (int i = 0; i < width; i++) {
        long duration = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(100_000);
        int id = builder.addSegment(layer, duration, i % lanes, added, "stage-" + (layer % 13));
        first = first < 0 ? id : first;
        if (previousWidth > 0) {
          int predecessors = 1 + random.nextInt(3);
          for (int k = 0; k < predecessors; k++) {
            builder.addEdge(previousFirst + random.nextInt(previousWidth), id, EdgeKind.WAKE);
          }
        }
        added++;
      }
      previousFirst = first;
      previousWidth = width;
      layer++;
    }
    return builder.build();
  }
}
