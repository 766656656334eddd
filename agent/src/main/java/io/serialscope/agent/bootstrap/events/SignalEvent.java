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
}
