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
}
