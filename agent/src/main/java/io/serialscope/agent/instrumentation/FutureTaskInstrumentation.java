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
 * FutureTask: run() is a task wherever it runs; finishCompletion() is its completion; get() depends
 * on that completion even when it did not have to wait.
 */
public final class FutureTaskInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.util.concurrent.FutureTask");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(RunAdvice.class)
                .on(namedOneOf("run", "runAndReset").and(takesNoArguments())))
        .visit(
            Advices.to(CompletionAdvice.class)
                .on(namedOneOf("set", "setException", "finishCompletion")))
        .visit(Advices.to(AwaitAdvice.class).on(named("get")));
  }

  /** Shared by every type whose run() is one execution of the object as a task. */
  public static final class RunAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.taskStart(self);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self) {
      Hooks.taskEnd(self);
    }
  }

  static final class CompletionAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.signal(self);
    }
  }

  /** Shared by every future type whose get()/join() returns once it is done. */
  public static final class AwaitAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self) {
      Hooks.awaitIfDone(self);
    }
  }
}
