package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread stops running until woken (park, join): blocked time is not work. */
@Name("serialscope.BlockStart")
@Label("BlockStart")
@Category("serialscope")
@Description("This thread stops running until woken (park, join): blocked time is not work.")
@StackTrace(false)
public final class BlockStartEvent extends jdk.jfr.Event {
  @Label("Reason")
  public String reason;

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
