package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** This task took a lock or permit that another task released: an edge from that release. */
@Name("serialscope.Acquire")
@Label("Acquire")
@Category("serialscope")
@Description(
    "This task took a lock or permit that another task released: an edge from that release.")
@StackTrace(false)
public final class AcquireEvent extends jdk.jfr.Event {
  @Label("Object")
  public long objectId;
}
