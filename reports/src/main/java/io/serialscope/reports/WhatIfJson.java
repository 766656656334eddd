package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import java.io.IOException;
import java.util.List;

/**
 * The {@code report.json} fields of the what-if engine beyond {@code whatIf}: {@code sensitivity}
 * (per label: {@code label}, {@code criticalPathNanos}, {@code points}: list of {@code
 * {speedupPercent, spanNanos, predictedNanos}}, ranked by the predicted time at 50 %) and {@code
 * cpuWait} ({@code totalNanos}, {@code lanes}: list of {@code {lane, wallNanos, cpuNanos,
 * waitingForCpuNanos}}).
 */
final class WhatIfJson {
  private WhatIfJson() {}

  static void writeSensitivity(JsonGenerator g, List<Analysis.LabelSensitivity> curves)
      throws IOException {
    g.writeArrayFieldStart("sensitivity");
    for (Analysis.LabelSensitivity c : curves) {
      g.writeStartObject();
      g.writeStringField("label", c.label());
      g.writeNumberField("criticalPathNanos", c.criticalPathNanos());
      g.writeArrayFieldStart("points");
      for (int i = 0; i < c.speedupPercents().length; i++) {
        g.writeStartObject();
        g.writeNumberField("speedupPercent", c.speedupPercents()[i]);
        g.writeNumberField("spanNanos", c.spanNanos()[i]);
        g.writeNumberField("predictedNanos", c.predictedNanos()[i]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeCpuWait(JsonGenerator g, List<Analysis.LaneCpuWait> lanes) throws IOException {
    long total = 0;
    for (Analysis.LaneCpuWait lane : lanes) {
      total += lane.waitingForCpuNanos();
    }
    g.writeObjectFieldStart("cpuWait");
    g.writeNumberField("totalNanos", total);
    g.writeArrayFieldStart("lanes");
    for (Analysis.LaneCpuWait lane : lanes) {
      g.writeStartObject();
      g.writeStringField("lane", lane.lane());
      g.writeNumberField("wallNanos", lane.wallNanos());
      g.writeNumberField("cpuNanos", lane.cpuNanos());
      g.writeNumberField("waitingForCpuNanos", lane.waitingForCpuNanos());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
