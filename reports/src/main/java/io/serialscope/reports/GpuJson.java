package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.GpuUtilization;
import java.io.IOException;

/**
 * The {@code gpu} object of report.json, present only when the recording holds GPU work: {@code
 * {busyNanos, idleNanos, busyShare, criticalPathShare: {cpu, gpuKernel, copy}}}.
 */
final class GpuJson {
  private GpuJson() {}

  static void write(JsonGenerator g, Analysis analysis) throws IOException {
    GpuUtilization gpu = GpuUtilization.of(analysis);
    if (gpu == null) {
      return;
    }
    g.writeObjectFieldStart("gpu");
    g.writeNumberField("busyNanos", gpu.busyNanos());
    g.writeNumberField("idleNanos", gpu.idleNanos());
    g.writeNumberField("busyShare", gpu.busyShare());
    g.writeObjectFieldStart("criticalPathShare");
    g.writeNumberField("cpu", gpu.criticalPathCpuShare());
    g.writeNumberField("gpuKernel", gpu.criticalPathKernelShare());
    g.writeNumberField("copy", gpu.criticalPathCopyShare());
    g.writeEndObject();
    g.writeEndObject();
  }
}
