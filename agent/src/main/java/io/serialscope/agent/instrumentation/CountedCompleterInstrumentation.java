package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * CountedCompleter (parallel streams): a finishing subtask decrements its parent's pending count
 * instead of being joined. Each tryComplete/propagateCompletion signals the root, so whoever awaits
 * the root depends on every subtask, not only on the last one to finish.
 */
public final class CountedCompleterInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.util.concurrent.CountedCompleter");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder.visit(
        Advices.to(CompleteAdvice.class).on(namedOneOf("tryComplete", "propagateCompletion")));
  }

  static final class CompleteAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.completerFinished(self);
    }
  }
}
