package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * This thread completed or released the object (a future, a completer root): an edge to whoever
 * awaits it.
 */
@Name("serialscope.Signal")
@Label("Signal")
@Category("serialscope")
@Description(
    "This thread completed or released the object (a future, a completer root): an edge to whoever awaits it.")
@StackTrace(false)
public final class SignalEvent extends jdk.jfr.Event {
  @Label("Object")
  public long objectId;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
