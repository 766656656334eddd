package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Virtual threads (Java 21+): each is a task recorded as itself (its carrier is ignored); start()
 * spawns it and run(Runnable) is its body. Absent on Java 17, where nothing matches.
 */
public final class VirtualThreadInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.lang.VirtualThread");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(Advices.to(StartAdvice.class).on(named("start").and(takesNoArguments())))
        .visit(Advices.to(BodyAdvice.class).on(named("run").and(takesArguments(1))));
  }

  static final class StartAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.threadStart((Thread) self);
    }
  }

  static final class BodyAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
      Hooks.threadRunEnter();
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.threadRunExit();
    }
  }
}
