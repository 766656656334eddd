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
    // The name first: touching Hooks may initialize it, and this thread may be loading a class
    // that Hooks' initialization needs (a deadlock seen at start-up, JFR's periodic thread loading
    // a method-handle class while premain initialized Hooks).
    if (unmeasured(typeName) || !Hooks.isEnabled()) {
      return;
    }
    try {
      Nesting n = NESTING.get();
      if (n.depth++ == 0) {
        AgentWorkEvent e = new AgentWorkEvent();
        e.typeName = typeName;
        e.cpuStartNanos = cpuNanos();
        e.begin();
        n.event = e;
      }
    } catch (Throwable t) {
      // never into the application's class loading: this one measurement is lost
    }
  }

  @Override
  public void onComplete(
      String typeName, ClassLoader classLoader, JavaModule module, boolean loaded) {
    if (unmeasured(typeName)) {
      return;
    }
    try {
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
    } catch (Throwable t) {
      // never into the application's class loading: this one measurement is lost
    }
  }

  /**
   * Classes whose loading this listener must not touch: writing a JFR event while the JVM loads a
   * class of method handles, references or JFR itself can need that very class again (a {@code
   * ClassCircularityError} in the loading thread), and the agent never rewrites them anyway.
   */
  static boolean unmeasured(String typeName) {
    return typeName == null
        || typeName.startsWith("java.lang.invoke.")
        || typeName.startsWith("java.lang.ref.")
        || typeName.startsWith("jdk.internal.")
        || typeName.startsWith("jdk.jfr.")
        || typeName.startsWith("sun.")
        || typeName.startsWith("io.serialscope.")
        || typeName.startsWith("net.bytebuddy.");
  }

  private static long cpuNanos() {
    try {
      return THREADS.getCurrentThreadCpuTime();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
