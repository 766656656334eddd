package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One periodic reading of the machine's load (agent option {@code hwSampleMillis}). Per-core values
 * are compact strings, one number per logical core in OSHI's order, separated by commas: one event
 * per sample stays cheap however many cores the machine has.
 */
@Name("serialscope.HardwareSample")
@Label("Hardware Sample")
@Category("serialscope")
@Description("Periodic machine load: per-core utilization and frequency, load average, CPU time.")
@StackTrace(false)
public final class HardwareSampleEvent extends jdk.jfr.Event {
  @Label("Core Utilization")
  @Description("busy share of each logical core since the previous sample, 0..1, comma-separated")
  public String coreUtilization;

  @Label("Core Frequency MHz")
  @Description("current frequency of each logical core in MHz, comma-separated")
  public String coreFrequencyMhz;

  @Label("System CPU Load")
  @Description("whole-machine CPU load 0..1 as the JDK sees it, -1 when unknown")
  public double systemCpuLoad;

  @Label("Load Average")
  @Description("one-minute system load average, -1 when unknown")
  public double loadAverage;

  @Label("Context Switches")
  @Description("context switches since boot, -1 when unknown")
  public long contextSwitches;

  @Label("Process CPU Time")
  @Timespan
  public long processCpuNanos;
}
