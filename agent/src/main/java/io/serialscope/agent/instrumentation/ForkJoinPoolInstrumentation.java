package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import io.serialscope.agent.bootstrap.ForkJoinHooks;
import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ForkJoinPool: every way a task enters a queue spawns it (JDK 17 externalPush/externalSubmit, JDK
 * 21+ poolSubmit, and WorkQueue.push for fork()); runWorker marks a pool worker; invoke() depends
 * on the task's completion.
 */
public final class ForkJoinPoolInstrumentation implements TypeInstrumentation {
  // By name: a class literal here could load the class in the middle of another transformation.
  private static final String FORK_JOIN_TASK = "java.util.concurrent.ForkJoinTask";

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(
        "java.util.concurrent.ForkJoinPool", "java.util.concurrent.ForkJoinPool$WorkQueue");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(FirstArgumentSpawnAdvice.class)
                .on(
                    namedOneOf("externalPush", "externalSubmit", "push")
                        .and(takesArgument(0, named(FORK_JOIN_TASK)))))
        .visit(
            Advices.to(SecondArgumentSpawnAdvice.class)
                .on(named("poolSubmit").and(takesArgument(1, named(FORK_JOIN_TASK)))))
        .visit(Advices.to(RunWorkerAdvice.class).on(named("runWorker")))
        .visit(
            Advices.to(InvokeAdvice.class)
                .on(named("invoke").and(takesArgument(0, named(FORK_JOIN_TASK)))));
  }

  static final class FirstArgumentSpawnAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object task) {
      ForkJoinHooks.forked(task);
    }
  }

  static final class SecondArgumentSpawnAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(1) Object task) {
      ForkJoinHooks.forked(task);
    }
  }

  static final class RunWorkerAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.schedulerLoop();
    }
  }

  static final class InvokeAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Argument(0) Object task) {
      ForkJoinHooks.joined(task);
    }
  }
}
