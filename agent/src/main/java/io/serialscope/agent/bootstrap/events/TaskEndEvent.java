package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The task started by the matching TaskStart on this thread finished. */
@Name("serialscope.TaskEnd")
@Label("TaskEnd")
@Category("serialscope")
@Description("The task started by the matching TaskStart on this thread finished.")
@StackTrace(false)
public final class TaskEndEvent extends jdk.jfr.Event {
  @Label("Task")
  public long taskId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
