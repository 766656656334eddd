package io.serialscope.agent;

import io.serialscope.agent.bootstrap.ForkJoinHooks;
import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.CoarseningEvent;
import jdk.jfr.FlightRecorder;

/**
 * Says in the recording what the agent left out to stay cheap: one event at the end of every chunk,
 * the last one written when the recording is dumped at exit.
 */
final class CoarseningReport {
  private CoarseningReport() {}

  /** Returns the registered hook, for {@link #unregister} when an attach session ends. */
  static Runnable register() {
    Runnable hook =
        () -> {
          long[] unrecorded = Hooks.unrecordedLockOperations();
          CoarseningEvent e = new CoarseningEvent();
          e.unrecordedAcquisitions = unrecorded[0];
          e.unrecordedReleases = unrecorded[1];
          e.suppressedExceptions = Hooks.suppressedCount();
          e.mergedTasks = ForkJoinHooks.mergedTasks();
          e.mergedTaskNanos = ForkJoinHooks.mergedTaskNanos();
          e.mergeThresholdNanos = ForkJoinHooks.mergeBelowNanos();
          e.sampledLockHandoffs = Hooks.sampledLockHandoffs();
          e.commit();
        };
    FlightRecorder.addPeriodicEvent(CoarseningEvent.class, hook);
    return hook;
  }

  static void unregister(Runnable hook) {
    FlightRecorder.removePeriodicEvent(hook);
  }
}
