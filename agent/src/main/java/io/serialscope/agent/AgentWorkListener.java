package io.serialscope.agent;

import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.AgentWorkEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Records, on the thread that loads a class, how long the agent spent matching and rewriting it
 * ({@link AgentWorkEvent}), so that the analyzer does not count it as the application's work. A
 * cold JVM on a busy machine can spend seconds of an application thread's CPU in the agent's class
 * rewriting (the first parallel stream loads dozens of instrumented classes); counted as work, that
 * time made serial phases look far longer than they are.
 */
final class AgentWorkListener extends AgentBuilder.Listener.Adapter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Per thread: how deep in nested class loading, and the event of the outermost one. */
  private static final ThreadLocal<Nesting> NESTING = ThreadLocal.withInitial(Nesting::new);

  private static final class Nesting {
    int depth;
    AgentWorkEvent event;
  }

  @Override
  public void onDiscovery(
      String typeName, ClassLoader classLoader, JavaModule module, boolean loaded) {
    if (!Hooks.isEnabled()) {
      return;
    }
    Nesting n = NESTING.get();
    if (n.depth++ == 0) {
      AgentWorkEvent e = new AgentWorkEvent();
      e.typeName = typeName;
      e.cpuStartNanos = cpuNanos();
      e.begin();
      n.event = e;
    }
  }

  @Override
  public void onComplete(
      String typeName, ClassLoader classLoader, JavaModule module, boolean loaded) {
    Nesting n = NESTING.get();
    if (n.depth == 0 || --n.depth > 0 || n.event == null) {
      return;
    }
    AgentWorkEvent e = n.event;
    n.event = null;
    e.end();
    if (e.shouldCommit()) {
      e.cpuEndNanos = cpuNanos();
      e.commit();
    }
  }

  private static long cpuNanos() {
    try {
      return THREADS.getCurrentThreadCpuTime();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
