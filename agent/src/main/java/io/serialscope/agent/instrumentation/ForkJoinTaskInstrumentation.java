package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

import io.serialscope.agent.bootstrap.ForkJoinHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ForkJoinTask: doExec() is one execution of the task (by a worker, a helping joiner, or the
 * invoking thread); fork() spawns it; setDone() completes it; join()/invoke()/get() depend on that
 * completion. Tiny tasks run by the thread that forked them are merged into it (see {@link
 * ForkJoinHooks}).
 */
public final class ForkJoinTaskInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.util.concurrent.ForkJoinTask");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(Advices.to(ExecAdvice.class).on(named("doExec")))
        .visit(Advices.to(ForkAdvice.class).on(named("fork")))
        .visit(Advices.to(DoneAdvice.class).on(named("setDone")))
        .visit(
            Advices.to(JoinAdvice.class)
                .on(namedOneOf("join", "invoke", "get").and(m -> !m.isStatic())))
        .visit(Advices.to(JoinAdvice.class).on(named("quietlyJoin").and(takesNoArguments())))
        .visit(Advices.to(InvokeAdvice.class).on(named("invoke").and(takesNoArguments())));
  }

  static final class ExecAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static boolean enter(@Advice.This Object self) {
      return ForkJoinHooks.execStart(self);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Enter boolean started) {
      if (started) {
        ForkJoinHooks.execEnd(self);
      }
    }
  }

  /**
   * Completion is signalled before the joiners are woken; doExec's end comes after, too late for a
   * joiner that resumes at once.
   */
  static final class DoneAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      ForkJoinHooks.done(self);
    }
  }

  static final class ForkAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      ForkJoinHooks.forked(self);
    }
  }

  /** invoke() runs the task on the calling thread: it may be merged into the caller. */
  static final class InvokeAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      ForkJoinHooks.invoking(self);
    }
  }

  static final class JoinAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self) {
      ForkJoinHooks.joined(self);
    }
  }
}
