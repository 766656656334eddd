package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * LockSupport: park is blocking (not work); unpark is a wake-up edge to the target's next return
 * from blocking. This one pair covers most of java.util.concurrent's waiting.
 */
public final class LockSupportInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.util.concurrent.locks.LockSupport");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(Advices.to(ParkAdvice.class).on(namedOneOf("park", "parkNanos", "parkUntil")))
        .visit(Advices.to(UnparkAdvice.class).on(named("unpark")));
  }

  static final class ParkAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.blockEnter("park");
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.blockExit();
    }
  }

  static final class UnparkAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object target) {
      Hooks.unpark((Thread) target);
    }
  }
}
