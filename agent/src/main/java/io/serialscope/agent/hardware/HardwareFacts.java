package io.serialscope.agent.hardware;

import io.serialscope.agent.bootstrap.events.HardwareEvent;
import java.util.List;
import java.util.Map;

/**
 * The snapshot of the machine and JVM, as written into {@link HardwareEvent}. Unknown numbers are
 * -1.
 *
 * @param source {@code "oshi"} or {@code "jdk"}: who supplied the machine facts
 * @param gpus one entry per GPU: name, vendor and VRAM bytes separated by tabs
 * @param containerCpuQuota cores the cgroup quota allows, {@link CgroupCpuQuota#NONE} when none
 */
public record HardwareFacts(
    String source,
    String cpuModel,
    int physicalCores,
    int logicalCores,
    int sockets,
    int numaNodes,
    long baseFrequencyHz,
    long maxFrequencyHz,
    long memoryBytes,
    String os,
    JvmFacts jvm,
    double containerCpuQuota,
    List<String> gpus) {

  /** What the JVM itself says: the flags that matter for scaling. */
  public record JvmFacts(String jvm, String gc, long maxHeapBytes, int availableProcessors) {}

  /** The JDK's facts with the machine facts OSHI gave (see {@code OshiFacts} for the keys). */
  @SuppressWarnings("unchecked")
  HardwareFacts withOshi(Map<String, Object> oshi) {
    return new HardwareFacts(
        "oshi",
        (String) oshi.getOrDefault("cpuModel", cpuModel),
        intOr(oshi.get("physicalCores"), physicalCores),
        intOr(oshi.get("logicalCores"), logicalCores),
        intOr(oshi.get("sockets"), sockets),
        intOr(oshi.get("numaNodes"), numaNodes),
        longOr(oshi.get("baseFrequencyHz"), baseFrequencyHz),
        longOr(oshi.get("maxFrequencyHz"), maxFrequencyHz),
        longOr(oshi.get("memoryBytes"), memoryBytes),
        (String) oshi.getOrDefault("os", os),
        jvm,
        containerCpuQuota,
        List.copyOf((List<String>) oshi.getOrDefault("gpus", gpus)));
  }

  private static int intOr(Object value, int fallback) {
    return value instanceof Number n && n.intValue() > 0 ? n.intValue() : fallback;
  }

  private static long longOr(Object value, long fallback) {
    return value instanceof Number n && n.longValue() > 0 ? n.longValue() : fallback;
  }

  /** Writes this snapshot as one JFR event. */
  void commit() {
    HardwareEvent e = new HardwareEvent();
    e.source = source;
    e.cpuModel = cpuModel;
    e.physicalCores = physicalCores;
    e.logicalCores = logicalCores;
    e.sockets = sockets;
    e.numaNodes = numaNodes;
    e.baseFrequencyHz = baseFrequencyHz;
    e.maxFrequencyHz = maxFrequencyHz;
    e.memoryBytes = memoryBytes;
    e.os = os;
    e.jvm = jvm.jvm();
    e.gc = jvm.gc();
    e.maxHeapBytes = jvm.maxHeapBytes();
    e.availableProcessors = jvm.availableProcessors();
    e.containerCpuQuota = containerCpuQuota;
    e.gpus = String.join("\n", gpus);
    e.commit();
  }
}
