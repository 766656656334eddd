package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The innermost instrumented method was left. */
@Name("serialscope.LabelExit")
@Label("LabelExit")
@Category("serialscope")
@Description("The innermost instrumented method was left.")
@StackTrace(false)
public final class LabelExitEvent extends jdk.jfr.Event {}
