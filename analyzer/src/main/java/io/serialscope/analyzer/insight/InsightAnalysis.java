package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.findings.Findings;
import java.util.List;

/**
 * Computes an analysis' {@link Analysis.Insights}: attributions, distributions, recorded
 * concurrency, flame graphs, and last the findings, whose rules read all of the rest.
 */
public final class InsightAnalysis {
  private InsightAnalysis() {}

  /**
   * The insights of {@code analysis} (whose own insights are ignored) and its recording's samples.
   *
   * @param samples JFR execution samples of the recording, any order; empty when none were taken
   */
  public static Analysis.Insights compute(Analysis analysis, List<ExecutionSample> samples) {
    Analysis.Insights withoutFindings =
        new Analysis.Insights(
            CriticalPathBreakdown.byLane(analysis.graph(), analysis.criticalPath()),
            CriticalPathBreakdown.byKind(analysis.graph(), analysis.criticalPath()),
            DurationDistributions.byLabel(analysis.graph()),
            RecordedConcurrency.of(analysis.graph()),
            FlameGraph.of(samples),
            FlameGraph.of(
                CriticalPathSamples.of(analysis.graph(), analysis.criticalPath(), samples)),
            HandOffPrediction.of(analysis.graph(), analysis.predictedSpeedup().keySet()),
            List.of());
    return withoutFindings.withFindings(Findings.of(analysis.withInsights(withoutFindings)));
  }
}
