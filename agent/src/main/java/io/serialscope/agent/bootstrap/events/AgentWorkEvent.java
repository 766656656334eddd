package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import jdk.jfr.Timespan;

/**
 * The agent examined or rewrote a class the application was loading, on the application's thread:
 * the agent's time, not the workload's. Only periods of at least the threshold are recorded.
 */
@Name("serialscope.AgentWork")
@Label("AgentWork")
@Category("serialscope")
@Description(
    "The agent examined or rewrote a loading class on this thread: not the workload's work.")
@StackTrace(false)
@Threshold("100 us")
public final class AgentWorkEvent extends jdk.jfr.Event {
  @Label("Type")
  public String typeName;

  /** The thread's CPU time when the agent's work began (ns), or -1. */
  @Label("Thread CPU Time At Start")
  @Timespan(Timespan.NANOSECONDS)
  public long cpuStartNanos;

  /** The thread's CPU time when it ended (ns), or -1. */
  @Label("Thread CPU Time At End")
  @Timespan(Timespan.NANOSECONDS)
  public long cpuEndNanos;
}
