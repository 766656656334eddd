package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This thread goes on because the object was completed: an edge from its signals. */
@Name("serialscope.Await")
@Label("Await")
@Category("serialscope")
@Description("This thread goes on because the object was completed: an edge from its signals.")
@StackTrace(false)
public final class AwaitEvent extends jdk.jfr.Event {
  @Label("Object")
  public long objectId;
}
