package io.serialscope.agent.hardware;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * What the JDK alone knows about the machine and itself: enough for the analysis when OSHI cannot
 * load (no native access, a {@code noexec} temp dir), and the JVM's flags in every case.
 */
final class JdkHardwareFacts {
  private JdkHardwareFacts() {}

  /** Never throws: a fact the JDK cannot give is -1 or "unknown". */
  static HardwareFacts read() {
    int processors = Runtime.getRuntime().availableProcessors();
    return new HardwareFacts(
        "jdk",
        "unknown",
        -1,
        processors,
        -1,
        -1,
        -1,
        -1,
        totalMemoryBytes(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")",
        jvm(processors),
        CgroupCpuQuota.read(),
        List.of());
  }

  static HardwareFacts.JvmFacts jvm(int processors) {
    List<String> collectors = new ArrayList<>();
    try {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        collectors.add(gc.getName());
      }
    } catch (RuntimeException | LinkageError e) {
      collectors.add("unknown");
    }
    String jvm =
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version", System.getProperty("java.version"))
            + " ("
            + System.getProperty("java.vm.vendor")
            + ")";
    return new HardwareFacts.JvmFacts(
        jvm, String.join(", ", collectors), Runtime.getRuntime().maxMemory(), processors);
  }

  /** Physical memory as the JDK's extended bean reports it (the container's limit inside one). */
  private static long totalMemoryBytes() {
    try {
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      if (os instanceof com.sun.management.OperatingSystemMXBean extended) {
        return extended.getTotalMemorySize();
      }
    } catch (RuntimeException | LinkageError e) {
      // jdk.management absent from a jlinked runtime
    }
    return -1;
  }
}
