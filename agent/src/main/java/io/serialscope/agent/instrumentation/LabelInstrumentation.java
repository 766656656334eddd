package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.serialscope.agent.MethodPattern;
import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/** Methods chosen with {@code include=}: their time is labelled with their name. */
public final class LabelInstrumentation implements TypeInstrumentation {
  private final MethodPattern pattern;

  public LabelInstrumentation(MethodPattern pattern) {
    this.pattern = pattern;
  }

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return pattern.types().and(not(isSynthetic())).and(t -> !t.isInterface());
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    ElementMatcher.Junction<MethodDescription> methods = pattern.methods();
    return builder.visit(
        Advices.to(LabelAdvice.class)
            .on(
                isMethod()
                    .and(methods)
                    .and(not(isAbstract()))
                    .and(not(isNative()))
                    .and(not(isSynthetic()))
                    .and(not(isBridge()))));
  }

  static final class LabelAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Origin("#t.#m") String method) {
      Hooks.labelEnter(method);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.labelExit();
    }
  }
}
