package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ThreadPoolExecutor: execute() spawns the runnable; the worker's beforeExecute/afterExecute
 * bracket each task, so consecutive tasks of one worker stay separate tasks; runWorker marks the
 * thread as a pool worker whose time between tasks is scheduling. The scheduled executor wraps
 * every task it is given in a ScheduledFutureTask: the spawn is recorded where that wrapper is
 * queued.
 */
public final class ThreadPoolExecutorInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(
        "java.util.concurrent.ThreadPoolExecutor",
        "java.util.concurrent.ScheduledThreadPoolExecutor");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(ExecuteAdvice.class)
                .on(
                    named("execute")
                        .and(takesArguments(Runnable.class))
                        .and(isDeclaredBy(named("java.util.concurrent.ThreadPoolExecutor")))))
        .visit(
            // every scheduled task (schedule, scheduleAt*, submit, execute, and each new period)
            // is queued here, as the ScheduledFutureTask its worker then runs
            Advices.to(ExecuteAdvice.class)
                .on(
                    namedOneOf("delayedExecute", "reExecutePeriodic")
                        .and(
                            isDeclaredBy(
                                named("java.util.concurrent.ScheduledThreadPoolExecutor")))))
        .visit(
            Advices.to(BeforeExecuteAdvice.class)
                .on(
                    named("beforeExecute")
                        .and(isDeclaredBy(named("java.util.concurrent.ThreadPoolExecutor")))))
        .visit(
            Advices.to(AfterExecuteAdvice.class)
                .on(
                    named("afterExecute")
                        .and(isDeclaredBy(named("java.util.concurrent.ThreadPoolExecutor")))))
        .visit(Advices.to(RunWorkerAdvice.class).on(named("runWorker")));
  }

  /** Shared with the scheduled executor: spawns the task; the executor's queueing is its own. */
  static final class ExecuteAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object task) {
      Hooks.executorSubmitEnter(task);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.executorSubmitExit();
    }
  }

  static final class BeforeExecuteAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(1) Object task) {
      Hooks.taskStart(task);
    }
  }

  static final class AfterExecuteAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object task) {
      Hooks.taskEnd(task);
    }
  }

  static final class RunWorkerAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.schedulerLoop();
    }
  }
}
