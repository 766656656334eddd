package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The agent that wrote this recording and how it was configured. */
@Name("serialscope.AgentInfo")
@Label("AgentInfo")
@Category("serialscope")
@Description("The agent that wrote this recording and how it was configured.")
@StackTrace(false)
public final class AgentInfoEvent extends jdk.jfr.Event {
  @Label("Version")
  public String version;

  @Label("Options")
  public String options;

  @Label("Available Processors")
  public int availableProcessors;

  @Label("Instrumented Types")
  public int instrumentedTypes;
}
