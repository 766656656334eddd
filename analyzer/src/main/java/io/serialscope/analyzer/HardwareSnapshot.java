package io.serialscope.analyzer;

import java.util.List;

/**
 * What the agent's {@code serialscope.Hardware} snapshot and {@code serialscope.HardwareSample}
 * events say about the recorded machine, beyond {@link Analysis.Hardware}'s core counts. Unknown
 * numbers are -1, unknown texts empty.
 *
 * @param source {@code "oshi"} (OSHI answered), {@code "jdk"} (the JDK's facts only) or {@code
 *     "none"} (no snapshot in the recording: older agent or a plain JFR file)
 * @param machineLogicalCores the machine's hardware threads, which may be more than the JVM could
 *     use ({@link Analysis.Hardware#logicalCores()}) in a container
 * @param sockets CPU packages
 * @param numaNodes NUMA nodes
 * @param baseFrequencyHz the CPU's nominal frequency in Hz
 * @param maxFrequencyHz the highest frequency the cores may run at, in Hz
 * @param memoryBytes physical memory
 * @param os operating system name and version
 * @param jvm JVM name, version and vendor
 * @param gc garbage collector names, comma-separated
 * @param maxHeapBytes the JVM's maximum heap
 * @param availableProcessors {@code Runtime.availableProcessors()} of the recorded JVM
 * @param containerCpuQuota cores the cgroup CPU quota allows, -1 when there is none
 * @param gpus GPUs OSHI saw
 * @param load the periodic samples, summarized
 */
public record HardwareSnapshot(
    String source,
    int machineLogicalCores,
    int sockets,
    int numaNodes,
    long baseFrequencyHz,
    long maxFrequencyHz,
    long memoryBytes,
    String os,
    String jvm,
    String gc,
    long maxHeapBytes,
    int availableProcessors,
    double containerCpuQuota,
    List<Gpu> gpus,
    LoadSummary load) {

  /** A recording without a snapshot. */
  public static final HardwareSnapshot NONE =
      new HardwareSnapshot(
          "none", -1, -1, -1, -1, -1, -1, "", "", "", -1, -1, -1, List.of(), LoadSummary.NONE);

  public HardwareSnapshot {
    gpus = List.copyOf(gpus);
  }

  /** The same facts with other load samples. */
  public HardwareSnapshot withLoad(LoadSummary other) {
    return new HardwareSnapshot(
        source,
        machineLogicalCores,
        sockets,
        numaNodes,
        baseFrequencyHz,
        maxFrequencyHz,
        memoryBytes,
        os,
        jvm,
        gc,
        maxHeapBytes,
        availableProcessors,
        containerCpuQuota,
        gpus,
        other);
  }

  /** Whether a cgroup quota limits the cores the JVM may use. */
  public boolean hasContainerCpuQuota() {
    return containerCpuQuota > 0;
  }

  /** One GPU; {@code vramBytes} is -1 when unknown. */
  public record Gpu(String name, String vendor, long vramBytes) {}

  /**
   * The load samples, summarized; -1 where no sample carried the value.
   *
   * @param samples how many samples the recording holds
   * @param meanUtilization mean over samples of the mean busy share of all logical cores, 0..1
   * @param meanFrequencyHz mean over samples of the mean current core frequency
   * @param meanLoadAverage mean one-minute load average
   * @param contextSwitchesPerSecond machine-wide context switches per second between the first and
   *     the last sample
   * @param processCpuNanos the process's CPU time at the last sample
   */
  public record LoadSummary(
      int samples,
      double meanUtilization,
      double meanFrequencyHz,
      double meanLoadAverage,
      double contextSwitchesPerSecond,
      long processCpuNanos) {
    public static final LoadSummary NONE = new LoadSummary(0, -1, -1, -1, -1, -1);
  }
}
