package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread submitted, started or forked the task: an edge to its first segment. */
@Name("serialscope.Spawn")
@Label("Spawn")
@Category("serialscope")
@Description("This thread submitted, started or forked the task: an edge to its first segment.")
@StackTrace(false)
public final class SpawnEvent extends jdk.jfr.Event {
  @Label("Task")
  public long taskId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
