package io.serialscope.agent;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point for {@code -javaagent:} and for attach. It only puts the agent jar on the bootstrap
 * class path, so that the advice woven into {@code java.base} can call the agent and every agent
 * class exists once, then hands over to {@link AgentInstaller} loaded by the bootstrap loader.
 * Nothing may escape into the application: any failure is one line on stderr.
 */
public final class SerialscopeAgent {
  private static final String INSTALLER = "io.serialscope.agent.AgentInstaller";

  private SerialscopeAgent() {}

  public static void premain(String options, Instrumentation inst) {
    start(options, inst, true);
  }

  public static void agentmain(String options, Instrumentation inst) {
    start(options, inst, false);
  }

  private static void start(String options, Instrumentation inst, boolean atStartup) {
    if ("false".equalsIgnoreCase(System.getProperty("serialscope.enabled"))) {
      return; // switched off from the command line: not even the recording starts
    }
    try {
      File jar =
          new File(
              SerialscopeAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Class<?> installer = bootstrapInstaller(inst, jar);
      installer
          .getMethod(
              "install", String.class, Instrumentation.class, boolean.class, java.io.File.class)
          .invoke(null, options, inst, atStartup, jar);
    } catch (Throwable t) {
      Throwable cause = t.getCause() != null ? t.getCause() : t;
      System.err.println("serialscope: agent not started: " + cause);
    }
  }

  /**
   * Each attach command loads the agent again; the jar goes onto the bootstrap class path only the
   * first time, so that repeated commands open no further file and find the running session.
   */
  private static Class<?> bootstrapInstaller(Instrumentation inst, File jar) throws Exception {
    try {
      return Class.forName(INSTALLER, true, null);
    } catch (ClassNotFoundException notYet) {
      inst.appendToBootstrapClassLoaderSearch(new JarFile(jar));
      return Class.forName(INSTALLER, true, null);
    }
  }
}
