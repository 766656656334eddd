package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import io.serialscope.analyzer.jfr.format.EventView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the agent's hardware snapshot ({@link EventNames#HARDWARE}, one per chunk: the last one
 * read wins, an OSHI one over a JDK-only one) and summarizes its load samples ({@link
 * EventNames#HARDWARE_SAMPLE}). Per-core values arrive as comma-separated strings.
 */
final class HardwareEvents {
  private Snapshot snapshot;
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

  /** The snapshot's fields, copied: an event view is valid only until the next event. */
  private record Snapshot(
      String source,
      int availableProcessors,
      int physicalCores,
      String cpuModel,
      String gpus,
      int logicalCores,
      int sockets,
      int numaNodes,
      long baseFrequencyHz,
      long maxFrequencyHz,
      long memoryBytes,
      String os,
      String jvm,
      String gc,
      long maxHeapBytes,
      double containerCpuQuota) {
    static Snapshot of(EventView e) {
      return new Snapshot(
          e.getString(RecordedField.SOURCE),
          e.getInt(RecordedField.AVAILABLE_PROCESSORS),
          e.getInt(RecordedField.PHYSICAL_CORES),
          e.getString(RecordedField.CPU_MODEL),
          e.getString(RecordedField.GPUS),
          e.getInt(RecordedField.LOGICAL_CORES),
          e.getInt(RecordedField.SOCKETS),
          e.getInt(RecordedField.NUMA_NODES),
          e.getLong(RecordedField.BASE_FREQUENCY_HZ),
          e.getLong(RecordedField.MAX_FREQUENCY_HZ),
          e.getLong(RecordedField.MEMORY_BYTES),
          text(e.getString(RecordedField.OS)),
          text(e.getString(RecordedField.JVM)),
          text(e.getString(RecordedField.GC)),
          e.getLong(RecordedField.MAX_HEAP_BYTES),
          e.getDouble(RecordedField.CONTAINER_CPU_QUOTA));
    }
  }

  void acceptSnapshot(EventView event) {
    boolean fromOshi = "oshi".equals(event.getString(RecordedField.SOURCE));
    if (snapshot == null || fromOshi || !"oshi".equals(snapshot.source())) {
      snapshot = Snapshot.of(event);
    }
  }

  void acceptSample(EventView event, long timeNanos) {
    samples++;
    double utilization = mean(event.getString(RecordedField.CORE_UTILIZATION), 1);
    if (utilization >= 0) {
      utilizationSum += utilization;
      utilizationCount++;
    }
    double hz = mean(event.getString(RecordedField.CORE_FREQUENCY_MHZ), 1e6);
    if (hz > 0) {
      frequencySum += hz;
      frequencyCount++;
    }
    double load = event.getDouble(RecordedField.LOAD_AVERAGE);
    if (load >= 0) {
      loadSum += load;
      loadCount++;
    }
    long switches = event.getLong(RecordedField.CONTEXT_SWITCHES);
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
    long cpu = event.getLong(RecordedField.PROCESS_CPU_NANOS);
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
    Snapshot e = snapshot;
    // what the JVM could use, as before snapshots existed; the machine's count is kept beside it
    int available = e.availableProcessors();
    int logical = available > 0 ? available : jfrLogicalCores;
    int physical = e.physicalCores() > 0 ? e.physicalCores() : jfrPhysicalCores;
    String model = e.cpuModel();
    if (model == null || model.isBlank() || model.equals("unknown")) {
      model = jfrCpuModel;
    }
    List<HardwareSnapshot.Gpu> gpus = gpus(e.gpus());
    List<String> names = new ArrayList<>();
    gpus.forEach(g -> names.add(g.name()));
    HardwareSnapshot details =
        new HardwareSnapshot(
            e.source(),
            // without OSHI the agent knows only availableProcessors; JFR knows the machine's count
            "oshi".equals(e.source()) || jfrHwThreads <= 0 ? e.logicalCores() : jfrHwThreads,
            e.sockets(),
            e.numaNodes(),
            e.baseFrequencyHz(),
            e.maxFrequencyHz(),
            e.memoryBytes(),
            e.os(),
            e.jvm(),
            e.gc(),
            e.maxHeapBytes(),
            e.availableProcessors(),
            e.containerCpuQuota(),
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

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
