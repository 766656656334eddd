package io.serialscope.agent.instrumentation;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;

/**
 * Advice classes live in the bootstrap class path (the agent jar is appended to it), where Byte
 * Buddy's default lookup through the class's own loader cannot read their bytes.
 */
public final class Advices {
  private static volatile ClassFileLocator agentJar = ClassFileLocator.NoOp.INSTANCE;

  private Advices() {}

  /** Reads advice bytes from the agent jar itself; called once by the installer. */
  public static void readFrom(java.io.File jar) throws java.io.IOException {
    agentJar = ClassFileLocator.ForJarFile.of(jar);
  }

  /**
   * Every advice suppresses what it throws; instead of dropping it silently, the suppressed
   * exception goes to {@link Hooks#suppressed}, which counts it for the recording.
   */
  private static final StackManipulation COUNT_SUPPRESSED = countSuppressed();

  static Advice to(Class<?> advice) {
    return Advice.to(advice, agentJar).withExceptionHandler(COUNT_SUPPRESSED);
  }

  private static StackManipulation countSuppressed() {
    try {
      return MethodInvocation.invoke(
          new MethodDescription.ForLoadedMethod(
              Hooks.class.getMethod("suppressed", Throwable.class)));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
