package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Frequency;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * The machine and JVM the recording ran on: written once when the facts are known and again at the
 * end of every chunk, so every chunk of a long recording carries it. Unknown numbers are -1.
 */
@Name("serialscope.Hardware")
@Label("Hardware")
@Category("serialscope")
@Description("The machine and JVM the recording ran on; unknown numbers are -1.")
@StackTrace(false)
@Period("endChunk")
public final class HardwareEvent extends jdk.jfr.Event {
  @Label("Source")
  @Description("oshi when OSHI answered, jdk when only the JDK's own facts were available")
  public String source;

  @Label("CPU Model")
  public String cpuModel;

  @Label("Physical Cores")
  public int physicalCores;

  @Label("Logical Cores")
  @Description("hardware threads of the machine")
  public int logicalCores;

  @Label("Sockets")
  public int sockets;

  @Label("NUMA Nodes")
  public int numaNodes;

  @Label("Base Frequency")
  @Frequency
  public long baseFrequencyHz;

  @Label("Max Frequency")
  @Frequency
  public long maxFrequencyHz;

  @Label("Memory")
  @DataAmount
  public long memoryBytes;

  @Label("Operating System")
  public String os;

  @Label("JVM")
  public String jvm;

  @Label("Garbage Collectors")
  public String gc;

  @Label("Max Heap")
  @DataAmount
  public long maxHeapBytes;

  @Label("Available Processors")
  @Description("Runtime.availableProcessors() of the recorded JVM")
  public int availableProcessors;

  @Label("Container CPU Quota")
  @Description("cores the cgroup CPU quota allows, -1 when there is no quota")
  public double containerCpuQuota;

  @Label("GPUs")
  @Description("one line per GPU: name, vendor and VRAM bytes separated by tabs")
  public String gpus;
}
