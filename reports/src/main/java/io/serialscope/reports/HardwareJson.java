package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import java.io.IOException;

/**
 * The {@code hardware} fields of {@code report.json} beyond the four of DESIGN.md ({@code
 * logicalCores}, {@code physicalCores}, {@code cpuModel}, {@code gpus}): the agent's snapshot and
 * its load samples. A fact the recording does not hold is {@code null}.
 */
final class HardwareJson {
  private HardwareJson() {}

  /** Writes the additional fields into the open {@code hardware} object. */
  static void writeSnapshotFields(JsonGenerator g, Analysis.Hardware hw) throws IOException {
    HardwareSnapshot s = hw.snapshot();
    g.writeStringField("source", s.source());
    positive(g, "machineLogicalCores", s.machineLogicalCores());
    positive(g, "sockets", s.sockets());
    positive(g, "numaNodes", s.numaNodes());
    positive(g, "baseFrequencyHz", s.baseFrequencyHz());
    positive(g, "maxFrequencyHz", s.maxFrequencyHz());
    positive(g, "memoryBytes", s.memoryBytes());
    text(g, "os", s.os());
    text(g, "jvm", s.jvm());
    text(g, "gc", s.gc());
    positive(g, "maxHeapBytes", s.maxHeapBytes());
    positive(g, "availableProcessors", s.availableProcessors());
    if (s.hasContainerCpuQuota()) {
      g.writeNumberField("containerCpuQuota", s.containerCpuQuota());
    } else {
      g.writeNullField("containerCpuQuota");
    }
    g.writeNumberField("usableCores", hw.usableCores());
    g.writeArrayFieldStart("gpuDetails");
    for (HardwareSnapshot.Gpu gpu : s.gpus()) {
      g.writeStartObject();
      g.writeStringField("name", gpu.name());
      g.writeStringField("vendor", gpu.vendor());
      positive(g, "vramBytes", gpu.vramBytes());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeLoad(g, s.load());
  }

  private static void writeLoad(JsonGenerator g, HardwareSnapshot.LoadSummary load)
      throws IOException {
    g.writeObjectFieldStart("load");
    g.writeNumberField("samples", load.samples());
    nonNegative(g, "meanUtilization", load.meanUtilization());
    nonNegative(g, "meanFrequencyHz", load.meanFrequencyHz());
    nonNegative(g, "meanLoadAverage", load.meanLoadAverage());
    nonNegative(g, "contextSwitchesPerSecond", load.contextSwitchesPerSecond());
    positive(g, "processCpuNanos", load.processCpuNanos());
    g.writeEndObject();
  }

  private static void positive(JsonGenerator g, String name, long value) throws IOException {
    if (value > 0) {
      g.writeNumberField(name, value);
    } else {
      g.writeNullField(name);
    }
  }

  private static void nonNegative(JsonGenerator g, String name, double value) throws IOException {
    if (value >= 0 && Double.isFinite(value)) {
      g.writeNumberField(name, value);
    } else {
      g.writeNullField(name);
    }
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
