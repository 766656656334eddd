package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import java.io.IOException;

/**
 * What only the page's charts need, beside the compact report: written as the field {@code page} of
 * the embedded data. Every part is bounded whatever the recording's size: at most {@value
 * TimelineBars#MAX_BARS} timeline bars, {@value StepSeries#MAX_POINTS} points per profile and
 * {@value FlameLayout#MAX_NODES} rectangles per flame graph.
 */
final class HtmlPageData {
  private HtmlPageData() {}

  static void write(JsonGenerator g, Analysis analysis) throws IOException {
    g.writeObjectFieldStart("page");
    StepSeries.write(g, "profile", analysis.profile());
    StepSeries.write(g, "concurrency", analysis.insights().recordedConcurrency());
    TimelineBars.write(g, analysis.graph(), analysis.criticalPath());
    FlameLayout.write(g, "flameCritical", analysis.insights().criticalPathFlame());
    FlameLayout.write(g, "flameWhole", analysis.insights().wholeProgramFlame());
    g.writeEndObject();
  }
}
