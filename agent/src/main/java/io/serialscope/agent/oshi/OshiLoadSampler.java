package io.serialscope.agent.oshi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;

/**
 * Reads the machine's load each time it is asked. Keys: {@code coreUtilization} (busy share of each
 * logical core since the previous call, comma-separated, empty on the first call), {@code
 * coreFrequencyMhz} (comma-separated), {@code loadAverage} (Double), {@code contextSwitches}
 * (Long). Called from one thread at a time (JFR's periodic task thread).
 */
public final class OshiLoadSampler implements Supplier<Map<String, Object>> {
  private final CentralProcessor cpu;
  private long[][] previousTicks;

  public OshiLoadSampler() {
    OshiSettings.apply();
    cpu = new SystemInfo().getHardware().getProcessor();
  }

  @Override
  public Map<String, Object> get() {
    long[][] ticks = cpu.getProcessorCpuLoadTicks();
    Map<String, Object> sample = new HashMap<>();
    sample.put("coreUtilization", previousTicks == null ? "" : utilization(previousTicks, ticks));
    previousTicks = ticks;
    StringBuilder mhz = new StringBuilder();
    for (long hz : cpu.getCurrentFreq()) {
      if (mhz.length() > 0) {
        mhz.append(',');
      }
      mhz.append(hz > 0 ? Math.round(hz / 1e6) : -1);
    }
    sample.put("coreFrequencyMhz", mhz.toString());
    sample.put("loadAverage", cpu.getSystemLoadAverage(1)[0]);
    sample.put("contextSwitches", cpu.getContextSwitches());
    return sample;
  }

  /** Busy = every tick that is neither idle nor waiting for I/O, over all ticks in between. */
  static String utilization(long[][] before, long[][] after) {
    StringBuilder text = new StringBuilder();
    int cores = Math.min(before.length, after.length);
    for (int core = 0; core < cores; core++) {
      long total = 0;
      for (int t = 0; t < after[core].length; t++) {
        total += after[core][t] - before[core][t];
      }
      long idle =
          after[core][TickType.IDLE.getIndex()]
              - before[core][TickType.IDLE.getIndex()]
              + after[core][TickType.IOWAIT.getIndex()]
              - before[core][TickType.IOWAIT.getIndex()];
      double busy = total > 0 ? Math.max(0, Math.min(1, (double) (total - idle) / total)) : 0;
      if (core > 0) {
        text.append(',');
      }
      text.append(String.format(Locale.ROOT, "%.3f", busy));
    }
    return text.toString();
  }
}
