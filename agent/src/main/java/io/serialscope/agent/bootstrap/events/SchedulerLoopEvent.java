package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread is a pool worker: its time outside tasks is the scheduler's, not the workload's. */
@Name("serialscope.SchedulerLoop")
@Label("SchedulerLoop")
@Category("serialscope")
@Description(
    "This thread is a pool worker: its time outside tasks is the scheduler's, not the workload's.")
@StackTrace(false)
public final class SchedulerLoopEvent extends jdk.jfr.Event {

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
