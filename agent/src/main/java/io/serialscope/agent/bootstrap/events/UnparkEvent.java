package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread unparked another: an edge to the target's next return from blocking. */
@Name("serialscope.Unpark")
@Label("Unpark")
@Category("serialscope")
@Description("This thread unparked another: an edge to the target's next return from blocking.")
@StackTrace(false)
public final class UnparkEvent extends jdk.jfr.Event {
  @Label("Target Java Thread Id")
  public long targetThreadId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
