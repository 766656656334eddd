package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread runs again after a BlockStart. */
@Name("serialscope.BlockEnd")
@Label("BlockEnd")
@Category("serialscope")
@Description("This thread runs again after a BlockStart.")
@StackTrace(false)
public final class BlockEndEvent extends jdk.jfr.Event {

  /** The thread's CPU time so far (ns), or -1 when the JVM cannot tell; corrects wall time. */
  @Label("Thread CPU Time")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long cpuNanos;
}
