package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * CompletableFuture: every internal completion that wins the race signals the future; join()/get()
 * depend on it; the async stage bodies (AsyncSupply, AsyncRun, async Completions) are tasks on
 * whatever executor runs them.
 */
public final class CompletableFutureInstrumentation implements TypeInstrumentation {
  private static final String CF = "java.util.concurrent.CompletableFuture";

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(CF, CF + "$AsyncSupply", CF + "$AsyncRun", CF + "$Completion");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(CompleteAdvice.class)
                .on(
                    namedOneOf(
                            "internalComplete",
                            "completeNull",
                            "completeValue",
                            "completeThrowable",
                            "completeRelay")
                        .and(returns(boolean.class))
                        .and(m -> m.getDeclaringType().getTypeName().equals(CF))))
        .visit(
            Advices.to(FutureTaskInstrumentation.AwaitAdvice.class)
                .on(
                    namedOneOf("join", "get")
                        .and(m -> m.getDeclaringType().getTypeName().equals(CF))))
        .visit(
            Advices.to(FutureTaskInstrumentation.RunAdvice.class)
                .on(
                    named("run")
                        .and(takesNoArguments())
                        .and(m -> !m.getDeclaringType().getTypeName().equals(CF))));
  }

  static final class CompleteAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Return boolean won) {
      if (won) {
        Hooks.signal(self);
      }
    }
  }
}
