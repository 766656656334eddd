package io.serialscope.agent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The agent's start-up, step by step, in wall and processor time of the starting thread: what
 * {@code verbose=true} prints, so that a user (and we) can see what the agent costs before the
 * program's main runs.
 */
final class StartUpTimes {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final long startNanos = System.nanoTime();
  private final long startCpuNanos = cpuNanos();
  private final StringBuilder steps = new StringBuilder();
  private long lastNanos = startNanos;
  private long lastCpuNanos = startCpuNanos;

  void mark(String step) {
    long now = System.nanoTime();
    long cpu = cpuNanos();
    steps
        .append(steps.length() == 0 ? "" : ", ")
        .append(step)
        .append(' ')
        .append(millis(now - lastNanos))
        .append(" ms (")
        .append(millis(cpu - lastCpuNanos))
        .append(" ms CPU)");
    lastNanos = now;
    lastCpuNanos = cpu;
  }

  @Override
  public String toString() {
    return millis(lastNanos - startNanos)
        + " ms, "
        + millis(lastCpuNanos - startCpuNanos)
        + " ms of CPU: "
        + steps;
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private long cpuNanos() {
    try {
      return threads.getCurrentThreadCpuTime();
    } catch (UnsupportedOperationException e) {
      return 0;
    }
  }
}
