package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread goes on because the object was completed: an edge from its signals. */
@Name("serialscope.Await")
@Label("Await")
@Category("serialscope")
@Description("This thread goes on because the object was completed: an edge from its signals.")
@StackTrace(false)
public final class AwaitEvent extends jdk.jfr.Event {
  @Label("Object")
  public long objectId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
