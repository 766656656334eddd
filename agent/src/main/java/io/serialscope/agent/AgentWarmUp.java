package io.serialscope.agent;

import io.serialscope.agent.bootstrap.ObjectIds;
import io.serialscope.agent.bootstrap.TaskLabels;
import io.serialscope.agent.bootstrap.events.AcquireEvent;
import io.serialscope.agent.bootstrap.events.AgentInfoEvent;
import io.serialscope.agent.bootstrap.events.AgentWorkEvent;
import io.serialscope.agent.bootstrap.events.AwaitEvent;
import io.serialscope.agent.bootstrap.events.BlockEndEvent;
import io.serialscope.agent.bootstrap.events.BlockStartEvent;
import io.serialscope.agent.bootstrap.events.CoarseningEvent;
import io.serialscope.agent.bootstrap.events.LabelEnterEvent;
import io.serialscope.agent.bootstrap.events.LabelExitEvent;
import io.serialscope.agent.bootstrap.events.PutEvent;
import io.serialscope.agent.bootstrap.events.SchedulerLoopEvent;
import io.serialscope.agent.bootstrap.events.SignalEvent;
import io.serialscope.agent.bootstrap.events.SkippedEvent;
import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TakeEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import io.serialscope.agent.bootstrap.events.UnparkEvent;
import java.util.List;
import java.util.concurrent.FutureTask;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;

/**
 * Pays the agent's one-time costs at start-up, not inside the application's first tasks: JFR
 * registers each event class on first use (milliseconds each), and the first task label reads JDK
 * fields reflectively. Without this the first tasks look several milliseconds longer.
 */
final class AgentWarmUp {
  private static final List<Class<? extends Event>> EVENTS =
      List.of(
          TaskStartEvent.class,
          TaskEndEvent.class,
          SpawnEvent.class,
          SignalEvent.class,
          AwaitEvent.class,
          BlockStartEvent.class,
          BlockEndEvent.class,
          UnparkEvent.class,
          SchedulerLoopEvent.class,
          LabelEnterEvent.class,
          LabelExitEvent.class,
          AgentInfoEvent.class,
          AcquireEvent.class,
          PutEvent.class,
          TakeEvent.class,
          CoarseningEvent.class,
          AgentWorkEvent.class,
          SkippedEvent.class);

  private AgentWarmUp() {}

  static void run() {
    for (Class<? extends Event> type : EVENTS) {
      FlightRecorder.register(type);
    }
    new TaskStartEvent().shouldCommit();
    ObjectIds.of(new Object());
    TaskLabels.describe(new FutureTask<>(() -> null));
  }
}
