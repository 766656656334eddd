package io.serialscope.analyzer.jfr;

import java.util.regex.Pattern;

/**
 * Threads the JDK runs for itself (virtual-thread timers, cleaners, JFR, attach). They park, unpark
 * and take monitors the agent sees, but their time is not the workload's: counted as lanes, a timer
 * thread waking sleeping virtual threads would look like serial work. A service thread that ran a
 * task of the program (an executor task, say) still counts.
 */
final class JdkServiceThreads {
  private static final Pattern NAMES =
      Pattern.compile(
          "VirtualThread-unblocker|ForkJoinPool-\\d+-delayScheduler|Read-Poller|Write-Poller"
              + "|Common-Cleaner|Cleaner-\\d+|Reference Handler|Finalizer|Signal Dispatcher"
              + "|Attach Listener|Notification Thread|process reaper|JFR .*|JMX .*|RMI .*");

  private JdkServiceThreads() {}

  /**
   * Whether the lane's time before its first recorded event is the JVM's, not the program's: the
   * thread that runs the JVM's shutdown ({@code DestroyJavaVM}, a thread of its own on recent JDKs
   * once {@code main} returned) first waits, in native code the agent cannot see, for the program's
   * last non-daemon thread to end, and only then starts the shutdown hooks.
   */
  static boolean waitsBeforeItsWork(LaneTimeline lane) {
    return "DestroyJavaVM".equals(lane.name);
  }

  static boolean isServiceOnly(LaneTimeline lane) {
    if (lane.name == null || !NAMES.matcher(lane.name).matches()) {
      return false;
    }
    long body = -lane.javaThreadId;
    LaneEvents events = lane.events;
    for (int i = 0; i < events.size(); i++) {
      if (events.kind(i) == LaneEvent.Kind.TASK_START && events.id(i) != body) {
        return false;
      }
    }
    return true;
  }
}
