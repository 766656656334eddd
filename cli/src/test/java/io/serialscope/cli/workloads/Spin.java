package io.serialscope.cli.workloads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Busy work of an exact amount of processor time: the unit of every workload of known structure. It
 * spins on the thread's CPU clock, not the wall clock, so a thread that waits for a core (a loaded
 * machine) still does exactly the stated work, which is what serialscope measures.
 */
final class Spin {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile long sink;

  private Spin() {}

  static void millis(long ms) {
    long end = THREADS.getCurrentThreadCpuTime() + ms * 1_000_000L;
    long x = 0;
    while (THREADS.getCurrentThreadCpuTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x += x * 31 + i;
      }
    }
    sink = x;
  }
}
