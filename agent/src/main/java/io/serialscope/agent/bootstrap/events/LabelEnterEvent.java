package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** An instrumented method (agent option include) was entered. */
@Name("serialscope.LabelEnter")
@Label("LabelEnter")
@Category("serialscope")
@Description("An instrumented method (agent option include) was entered.")
@StackTrace(false)
public final class LabelEnterEvent extends jdk.jfr.Event {
  @Label("Label")
  public String label;
}
