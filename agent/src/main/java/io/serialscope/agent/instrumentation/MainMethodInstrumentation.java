package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The program's {@code main} method: when it returns, the main thread's body ends. Without this the
 * main thread would look busy until the JVM exits (on Java 17 it goes on as DestroyJavaVM, waiting
 * in native code for the other threads), and its last part would never be corrected to its CPU
 * time.
 */
public final class MainMethodInstrumentation implements TypeInstrumentation {
  private final String mainClass;

  public MainMethodInstrumentation(String mainClass) {
    this.mainClass = mainClass;
  }

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named(mainClass);
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder.visit(
        Advices.to(MainExitAdvice.class)
            .on(named("main").and(isStatic()).and(takesArguments(String[].class))));
  }

  static final class MainExitAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.mainReturned();
    }
  }
}
