package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Whether the JCuda GPU tracer runs, and why not: written once per recording. */
@Name("serialscope.GpuTracerStatus")
@Label("GpuTracerStatus")
@Category("serialscope")
@Description("Whether the JCuda GPU tracer runs, and why not.")
@StackTrace(false)
public final class GpuTracerStatusEvent extends jdk.jfr.Event {
  @Label("Enabled")
  public boolean enabled;

  /** Whether JCuda was on the application's class path (off without it is the normal case). */
  @Label("JCuda Found")
  public boolean jcudaFound;

  /** One sentence: what the tracer found (or did not find). */
  @Label("Reason")
  public String reason;
}
