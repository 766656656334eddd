package io.serialscope.agent.hardware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU quota a Linux cgroup gives this process, in cores: inside a container the JVM may use
 * fewer cores than the machine has, and predictions must use the smaller number. Read from the
 * files themselves (a few bytes), so it needs no library.
 */
public final class CgroupCpuQuota {
  /** No quota: the process may use every core. */
  public static final double NONE = -1;

  private CgroupCpuQuota() {}

  /** The quota of this process's cgroup under {@code /sys/fs/cgroup}, or {@link #NONE}. */
  public static double read() {
    return read(Path.of("/sys/fs/cgroup"));
  }

  /**
   * The quota found under {@code root}: cgroup v2's {@code cpu.max} first, then v1's {@code
   * cpu/cpu.cfs_quota_us} and {@code cpu.cfs_period_us} (also directly under {@code root}).
   */
  static double read(Path root) {
    try {
      Path v2 = root.resolve("cpu.max");
      if (Files.isReadable(v2)) {
        return parseV2(Files.readString(v2));
      }
      for (Path dir : new Path[] {root.resolve("cpu"), root.resolve("cpu,cpuacct"), root}) {
        Path quota = dir.resolve("cpu.cfs_quota_us");
        Path period = dir.resolve("cpu.cfs_period_us");
        if (Files.isReadable(quota) && Files.isReadable(period)) {
          return parseV1(Files.readString(quota), Files.readString(period));
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable or odd file says nothing about a quota
    }
    return NONE;
  }

  /** cgroup v2 {@code cpu.max}: {@code "$MAX $PERIOD"}, or {@code "max $PERIOD"} for no quota. */
  static double parseV2(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length < 1 || parts[0].equals("max") || parts[0].isEmpty()) {
      return NONE;
    }
    long period = parts.length > 1 ? Long.parseLong(parts[1]) : 100_000;
    return cores(Long.parseLong(parts[0]), period);
  }

  /** cgroup v1: {@code cpu.cfs_quota_us} is -1 for no quota; both in microseconds. */
  static double parseV1(String quotaText, String periodText) {
    return cores(Long.parseLong(quotaText.trim()), Long.parseLong(periodText.trim()));
  }

  private static double cores(long quotaMicros, long periodMicros) {
    if (quotaMicros <= 0 || periodMicros <= 0) {
      return NONE;
    }
    return (double) quotaMicros / periodMicros;
  }
}
