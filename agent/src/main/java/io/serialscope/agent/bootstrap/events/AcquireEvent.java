package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This task took a lock or permit that another task released: an edge from that release. */
@Name("serialscope.Acquire")
@Label("Acquire")
@Category("serialscope")
@Description(
    "This task took a lock or permit that another task released: an edge from that release.")
@StackTrace(false)
public final class AcquireEvent extends jdk.jfr.Event {
  @Label("Object")
  public long objectId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
