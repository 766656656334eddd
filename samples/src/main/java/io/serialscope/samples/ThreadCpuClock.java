package io.serialscope.samples;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, so that the run's own serial-share estimate counts work rather
 * than time spent waiting for a core on a busy machine. Falls back to wall time where the JVM
 * cannot measure thread CPU time.
 */
final class ThreadCpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

  private ThreadCpuClock() {}

  /** Nanoseconds of CPU time the calling thread has used; only differences are meaningful. */
  static long nanos() {
    return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
