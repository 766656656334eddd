package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread received an element: an edge from the put of that element. */
@Name("serialscope.Take")
@Label("Take")
@Category("serialscope")
@Description("This thread received an element: an edge from the put of that element.")
@StackTrace(false)
public final class TakeEvent extends jdk.jfr.Event {
  @Label("Element")
  public long objectId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
