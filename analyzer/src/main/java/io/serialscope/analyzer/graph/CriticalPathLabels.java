package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.LabelBreakdown;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Attributes critical-path time to labels: every segment on the critical path contributes each part
 * of its {@link LabelBreakdown} to that part's label, so a segment that spent 30 ns in {@code load}
 * and 70 ns in {@code forward} counts 30 ns and 70 ns respectively.
 */
public final class CriticalPathLabels {
  private static final Comparator<Analysis.LabelShare> LARGEST_FIRST =
      Comparator.comparingLong(Analysis.LabelShare::nanos)
          .reversed()
          .thenComparing(Analysis.LabelShare::label);

  private CriticalPathLabels() {}

  /**
   * Returns critical-path nanoseconds per label, largest first (ties by label name), each with its
   * share of the span in [0, 1]. Labels without critical-path time are left out, so a graph whose
   * span is 0 gives an empty list.
   *
   * @param graph the DAG the path belongs to
   * @param criticalPath the critical path of {@code graph}
   */
  public static List<Analysis.LabelShare> of(SegmentGraph graph, CriticalPath criticalPath) {
    LabelBreakdown breakdown = graph.labelBreakdown();
    long[] nanosByLabel = new long[graph.labels().size()];
    for (int i = 0; i < criticalPath.length(); i++) {
      int s = criticalPath.segment(i);
      int parts = breakdown.partCount(s);
      for (int part = 0; part < parts; part++) {
        nanosByLabel[breakdown.partLabel(s, part)] += breakdown.partNanos(s, part);
      }
    }
    long spanNanos = criticalPath.spanNanos();
    List<Analysis.LabelShare> shares = new ArrayList<>();
    for (int label = 0; label < nanosByLabel.length; label++) {
      if (nanosByLabel[label] > 0) {
        double share = spanNanos == 0 ? 0.0 : (double) nanosByLabel[label] / spanNanos;
        shares.add(new Analysis.LabelShare(graph.labels().get(label), nanosByLabel[label], share));
      }
    }
    shares.sort(LARGEST_FIRST);
    return List.copyOf(shares);
  }
}
