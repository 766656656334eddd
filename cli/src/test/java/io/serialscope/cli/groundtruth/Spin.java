package io.serialscope.cli.groundtruth;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Busy work needing an exact amount of processor time: the unit of every ground-truth workload.
 *
 * <p>It spins until the calling thread's CPU clock has advanced by the given amount, so the work it
 * represents is the same on an idle machine and on a loaded or oversubscribed one (the analyzer
 * corrects wall time to thread CPU time where a thread waited for a core). Where the JVM cannot
 * read the thread's CPU clock (a virtual thread), it spins on the wall clock instead, which the
 * analyzer takes as it is.
 */
final class Spin {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile long sink;

  private Spin() {}

  /** Spins for {@code ms} milliseconds of this thread's processor time. */
  static void millis(long ms) {
    long nanos = ms * 1_000_000L;
    long cpu = cpuNanos();
    long x = 0;
    if (cpu < 0) {
      long end = System.nanoTime() + nanos;
      while (System.nanoTime() < end) {
        x = burn(x);
      }
    } else {
      long end = cpu + nanos;
      while (cpuNanos() < end) {
        x = burn(x);
      }
    }
    sink = x;
  }

  private static long burn(long x) {
    for (int i = 0; i < 200; i++) {
      x += x * 31 + 7;
    }
    return x;
  }

  /** The current thread's CPU time in nanoseconds, or -1 where it cannot be read. */
  private static long cpuNanos() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    } catch (UnsupportedOperationException e) {
      return -1;
    }
  }
}
