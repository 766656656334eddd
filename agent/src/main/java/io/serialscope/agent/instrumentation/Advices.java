package io.serialscope.agent.instrumentation;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.ClassFileLocator;

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

  static Advice to(Class<?> advice) {
    return Advice.to(advice, agentJar);
  }
}
