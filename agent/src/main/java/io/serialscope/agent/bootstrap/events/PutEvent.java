package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread handed an element to a queue or exchanger. */
@Name("serialscope.Put")
@Label("Put")
@Category("serialscope")
@Description("This thread handed an element to a queue or exchanger.")
@StackTrace(false)
public final class PutEvent extends jdk.jfr.Event {
  @Label("Element")
  public long objectId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
