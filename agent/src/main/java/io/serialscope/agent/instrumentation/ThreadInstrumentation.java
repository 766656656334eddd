package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Threads: start() spawns the thread's body, run() is the body, join() blocks and then depends on
 * the whole body.
 */
public final class ThreadInstrumentation implements TypeInstrumentation {
  /**
   * Thread itself and the JDK's workers that override run() without calling super. Matching every
   * subclass would make each class load resolve its type hierarchy; for application subclasses the
   * analyzer takes the body from JFR's thread start and end instead.
   */
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf("java.lang.Thread", "java.util.concurrent.ForkJoinWorkerThread");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(StartAdvice.class)
                .on(
                    named("start")
                        .and(takesNoArguments())
                        .and(m -> m.getDeclaringType().represents(Thread.class))))
        .visit(Advices.to(RunAdvice.class).on(named("run").and(takesNoArguments())))
        .visit(
            Advices.to(ExitAdvice.class)
                .on(
                    named("exit")
                        .and(takesNoArguments())
                        .and(m -> m.getDeclaringType().represents(Thread.class))))
        .visit(
            Advices.to(JoinAdvice.class)
                .on(named("join").and(m -> m.getDeclaringType().represents(Thread.class))));
  }

  static final class StartAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.threadStart((Thread) self);
    }
  }

  static final class RunAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.threadRunEnter();
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.threadRunExit();
    }
  }

  /**
   * The VM calls Thread.exit() on every terminating thread, the main thread included, whose body
   * never returns through run(): the last CPU-time reading of its lane.
   */
  static final class ExitAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.threadExit();
    }
  }

  static final class JoinAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.blockEnter("join");
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self) {
      Hooks.blockExit();
      Hooks.threadJoined((Thread) self);
    }
  }
}
