package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A type that could not be instrumented; its edges are missing from the recording. */
@Name("serialscope.Skipped")
@Label("Skipped")
@Category("serialscope")
@Description("A type that could not be instrumented; its edges are missing from the recording.")
@StackTrace(false)
public final class SkippedEvent extends jdk.jfr.Event {
  @Label("Type")
  public String typeName;

  @Label("Reason")
  public String reason;
}
