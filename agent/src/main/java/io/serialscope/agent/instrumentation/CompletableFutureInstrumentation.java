package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
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
    return named(CF).or(nameStartsWith(CF + "$"));
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
                        .and(
                            isDeclaredBy(
                                namedOneOf(
                                    CF + "$AsyncSupply", CF + "$AsyncRun", CF + "$Completion")))))
        // a dependent stage fires in whichever thread completes its last source: it depends on
        // every source, including those completed by other threads
        .visit(Advices.to(FireAdvice.class).on(named("tryFire").and(not(isAbstract()))));
  }

  static final class FireAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.stageFiring(self);
    }
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
