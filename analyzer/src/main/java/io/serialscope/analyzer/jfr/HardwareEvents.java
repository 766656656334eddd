package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Reads the agent's hardware snapshot ({@link EventNames#HARDWARE}, one per chunk: the last one
 * read wins, an OSHI one over a JDK-only one) and summarizes its load samples ({@link
 * EventNames#HARDWARE_SAMPLE}). Per-core values arrive as comma-separated strings.
 */
final class HardwareEvents {
  private RecordedEvent snapshot;
  private int samples;
  private double utilizationSum;
  private int utilizationCount;
  private double frequencySum;
  private int frequencyCount;
  private double loadSum;
  private int loadCount;
  private long firstSwitches = -1;
  private long firstSwitchesNanos;
  private long lastSwitches = -1;
  private long lastSwitchesNanos;
  private long lastProcessCpuNanos = -1;
  private long lastProcessCpuTime = Long.MIN_VALUE;

  void acceptSnapshot(RecordedEvent event) {
    boolean fromOshi = "oshi".equals(event.getString("source"));
    if (snapshot == null || fromOshi || !"oshi".equals(snapshot.getString("source"))) {
      snapshot = event;
    }
  }

  void acceptSample(RecordedEvent event, long timeNanos) {
    samples++;
    double utilization = mean(event.getString("coreUtilization"), 1);
    if (utilization >= 0) {
      utilizationSum += utilization;
      utilizationCount++;
    }
    double hz = mean(event.getString("coreFrequencyMhz"), 1e6);
    if (hz > 0) {
      frequencySum += hz;
      frequencyCount++;
    }
    double load = event.getDouble("loadAverage");
    if (load >= 0) {
      loadSum += load;
      loadCount++;
    }
    long switches = event.getLong("contextSwitches");
    if (switches >= 0) {
      if (firstSwitches < 0 || timeNanos < firstSwitchesNanos) {
        firstSwitches = switches;
        firstSwitchesNanos = timeNanos;
      }
      if (timeNanos >= lastSwitchesNanos) {
        lastSwitches = switches;
        lastSwitchesNanos = timeNanos;
      }
    }
    long cpu = event.getLong("processCpuNanos");
    if (cpu >= 0 && timeNanos >= lastProcessCpuTime) {
      lastProcessCpuNanos = cpu;
      lastProcessCpuTime = timeNanos;
    }
  }

  /**
   * The machine: the snapshot's facts where there is one, else what JFR's {@code
   * jdk.CPUInformation} and the agent's {@code AgentInfo} said ({@code jfr*} arguments). Logical
   * cores are those the JVM could use ({@code availableProcessors}).
   */
  Analysis.Hardware hardware(
      int jfrLogicalCores, int jfrHwThreads, int jfrPhysicalCores, String jfrCpuModel) {
    if (snapshot == null) {
      return new Analysis.Hardware(
          jfrLogicalCores,
          jfrPhysicalCores,
          jfrCpuModel,
          List.of(),
          HardwareSnapshot.NONE.withLoad(load()));
    }
    RecordedEvent e = snapshot;
    // what the JVM could use, as before snapshots existed; the machine's count is kept beside it
    int available = e.getInt("availableProcessors");
    int logical = available > 0 ? available : jfrLogicalCores;
    int physical = e.getInt("physicalCores") > 0 ? e.getInt("physicalCores") : jfrPhysicalCores;
    String model = e.getString("cpuModel");
    if (model == null || model.isBlank() || model.equals("unknown")) {
      model = jfrCpuModel;
    }
    List<HardwareSnapshot.Gpu> gpus = gpus(e.getString("gpus"));
    List<String> names = new ArrayList<>();
    gpus.forEach(g -> names.add(g.name()));
    HardwareSnapshot details =
        new HardwareSnapshot(
            e.getString("source"),
            // without OSHI the agent knows only availableProcessors; JFR knows the machine's count
            "oshi".equals(e.getString("source")) || jfrHwThreads <= 0
                ? e.getInt("logicalCores")
                : jfrHwThreads,
            e.getInt("sockets"),
            e.getInt("numaNodes"),
            e.getLong("baseFrequencyHz"),
            e.getLong("maxFrequencyHz"),
            e.getLong("memoryBytes"),
            text(e, "os"),
            text(e, "jvm"),
            text(e, "gc"),
            e.getLong("maxHeapBytes"),
            e.getInt("availableProcessors"),
            e.getDouble("containerCpuQuota"),
            gpus,
            load());
    return new Analysis.Hardware(logical, physical, model, names, details);
  }

  private HardwareSnapshot.LoadSummary load() {
    if (samples == 0) {
      return HardwareSnapshot.LoadSummary.NONE;
    }
    double seconds = (lastSwitchesNanos - firstSwitchesNanos) / 1e9;
    return new HardwareSnapshot.LoadSummary(
        samples,
        utilizationCount > 0 ? utilizationSum / utilizationCount : -1,
        frequencyCount > 0 ? frequencySum / frequencyCount : -1,
        loadCount > 0 ? loadSum / loadCount : -1,
        firstSwitches >= 0 && seconds > 0 ? (lastSwitches - firstSwitches) / seconds : -1,
        lastProcessCpuNanos);
  }

  /** The mean of comma-separated numbers times {@code scale}; -1 when there are none. */
  static double mean(String values, double scale) {
    if (values == null || values.isBlank()) {
      return -1;
    }
    double sum = 0;
    int n = 0;
    for (String v : values.split(",")) {
      try {
        double x = Double.parseDouble(v.trim());
        if (x >= 0) {
          sum += x;
          n++;
        }
      } catch (NumberFormatException ignored) {
        // a malformed entry counts as missing
      }
    }
    return n == 0 ? -1 : sum / n * scale;
  }

  /** One GPU per line: name, vendor and VRAM bytes separated by tabs. */
  static List<HardwareSnapshot.Gpu> gpus(String text) {
    List<HardwareSnapshot.Gpu> gpus = new ArrayList<>();
    if (text == null) {
      return gpus;
    }
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      long vram = -1;
      try {
        vram = f.length > 2 ? Long.parseLong(f[2].trim()) : -1;
      } catch (NumberFormatException ignored) {
        // unknown VRAM
      }
      gpus.add(new HardwareSnapshot.Gpu(f[0], f.length > 1 ? f[1] : "", vram > 0 ? vram : -1));
    }
    return gpus;
  }

  private static String text(RecordedEvent e, String field) {
    String value = e.getString(field);
    return value == null ? "" : value;
  }
}
