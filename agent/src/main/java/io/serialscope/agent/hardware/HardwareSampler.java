package io.serialscope.agent.hardware;

import io.serialscope.agent.bootstrap.events.HardwareSampleEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One {@link HardwareSampleEvent} per JFR period, on JFR's periodic-task thread. The JDK gives the
 * machine's CPU load, the load average and the process's CPU time; OSHI, once loaded, adds per-core
 * utilization and frequency and the context-switch count. Until then, or without OSHI, those fields
 * are empty (strings) or -1.
 */
final class HardwareSampler {
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private volatile Supplier<Map<String, Object>> oshi;
  private OperatingSystemMXBean os;

  void useOshi(Supplier<Map<String, Object>> sampler) {
    oshi = sampler;
  }

  /** The one line that says OSHI is not available; later failures stay silent. */
  static void unavailable(Throwable cause) {
    if (WARNED.compareAndSet(false, true)) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      System.err.println(
          "serialscope: hardware details unavailable ("
              + cause.getClass().getSimpleName()
              + message.lines().findFirst().map(line -> ": " + line).orElse("")
              + "); recording what the JDK knows");
    }
  }

  void sample() {
    HardwareSampleEvent e = new HardwareSampleEvent();
    e.systemCpuLoad = -1;
    e.loadAverage = -1;
    e.contextSwitches = -1;
    e.processCpuNanos = -1;
    e.coreUtilization = "";
    e.coreFrequencyMhz = "";
    readJdk(e);
    Supplier<Map<String, Object>> sampler = oshi;
    if (sampler != null) {
      try {
        Map<String, Object> values = sampler.get();
        e.coreUtilization = String.valueOf(values.get("coreUtilization"));
        e.coreFrequencyMhz = String.valueOf(values.get("coreFrequencyMhz"));
        if (values.get("loadAverage") instanceof Double load && load >= 0) {
          e.loadAverage = load;
        }
        if (values.get("contextSwitches") instanceof Long switches) {
          e.contextSwitches = switches;
        }
      } catch (Throwable t) {
        oshi = null;
        unavailable(t);
      }
    }
    e.commit();
  }

  private void readJdk(HardwareSampleEvent e) {
    try {
      if (os == null) {
        os = ManagementFactory.getOperatingSystemMXBean();
      }
      e.loadAverage = os.getSystemLoadAverage();
      if (os instanceof com.sun.management.OperatingSystemMXBean extended) {
        e.systemCpuLoad = extended.getCpuLoad();
        e.processCpuNanos = extended.getProcessCpuTime();
      }
    } catch (RuntimeException | LinkageError ignored) {
      // the JDK's numbers stay -1
    }
  }
}
