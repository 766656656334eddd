package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of the HTML report's hardware table: one fact per row, unknown facts left out. */
final class HardwareRows {
  private HardwareRows() {}

  static List<Map<String, Object>> of(Analysis.Hardware hw) {
    HardwareSnapshot s = hw.snapshot();
    List<Map<String, Object>> rows = new ArrayList<>();
    add(rows, "CPU", hw.cpuModel());
    add(rows, "Cores", cores(hw));
    add(rows, "Usable cores", number(hw.usableCores()) + quotaNote(s));
    add(rows, "Sockets / NUMA nodes", count(s.sockets()) + " / " + count(s.numaNodes()));
    add(rows, "Frequency (base / max)", ghz(s.baseFrequencyHz()) + " / " + ghz(s.maxFrequencyHz()));
    add(rows, "Memory", bytes(s.memoryBytes()));
    add(rows, "GPUs", gpus(s));
    add(rows, "Operating system", s.os());
    add(rows, "JVM", s.jvm());
    add(rows, "Garbage collectors", s.gc());
    add(rows, "Max heap", bytes(s.maxHeapBytes()));
    HardwareSnapshot.LoadSummary load = s.load();
    if (load.samples() > 0) {
      add(rows, "Load samples", String.format(Locale.ROOT, "%,d", load.samples()));
      if (load.meanUtilization() >= 0) {
        add(rows, "Mean core utilization", DurationFormat.percent(load.meanUtilization()));
      }
      add(rows, "Mean core frequency", ghz(Math.round(load.meanFrequencyHz())));
      if (load.meanLoadAverage() >= 0) {
        add(rows, "Mean load average", number(load.meanLoadAverage()));
      }
    }
    add(rows, "Facts from", source(s.source()));
    return rows;
  }

  private static String cores(Analysis.Hardware hw) {
    int machine = hw.snapshot().machineLogicalCores();
    String text = (machine > 0 ? machine : hw.logicalCores()) + " logical";
    if (hw.physicalCores() > 0) {
      text += ", " + hw.physicalCores() + " physical";
    }
    return text;
  }

  private static String quotaNote(HardwareSnapshot s) {
    return s.hasContainerCpuQuota()
        ? " (container CPU quota " + number(s.containerCpuQuota()) + ")"
        : "";
  }

  private static String gpus(HardwareSnapshot s) {
    List<String> names = new ArrayList<>();
    for (HardwareSnapshot.Gpu gpu : s.gpus()) {
      names.add(gpu.name() + (gpu.vramBytes() > 0 ? " (" + bytes(gpu.vramBytes()) + ")" : ""));
    }
    return names.isEmpty() ? "none seen" : String.join(", ", names);
  }

  private static String source(String source) {
    return switch (source) {
      case "oshi" -> "OSHI and the JDK";
      case "jdk" -> "the JDK only (OSHI unavailable)";
      default -> "JFR's CPU information (no hardware snapshot in the recording)";
    };
  }

  private static void add(List<Map<String, Object>> rows, String name, String value) {
    if (value == null || value.isBlank() || value.equals("? / ?") || value.equals("?")) {
      return;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("value", value);
    rows.add(row);
  }

  private static String count(int n) {
    return n > 0 ? Integer.toString(n) : "?";
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
  }

  private static String ghz(long hz) {
    return hz > 0 ? String.format(Locale.ROOT, "%.2f GHz", hz / 1e9) : "?";
  }

  private static String bytes(long bytes) {
    return bytes > 0 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30)) : "?";
  }
}
