package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A task (thread body, executor or fork/join task, async stage) starts running on this thread. */
@Name("serialscope.TaskStart")
@Label("TaskStart")
@Category("serialscope")
@Description(
    "A task (thread body, executor or fork/join task, async stage) starts running on this thread.")
@StackTrace(false)
public final class TaskStartEvent extends jdk.jfr.Event {
  @Label("Task")
  public long taskId;

  @Label("Label")
  public String label;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
