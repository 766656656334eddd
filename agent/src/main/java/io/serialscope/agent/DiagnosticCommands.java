package io.serialscope.agent;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/** Runs one of HotSpot's diagnostic commands (what {@code jcmd} runs) inside this JVM. */
final class DiagnosticCommands {
  private DiagnosticCommands() {}

  /**
   * Runs {@code operation} (the command's name in the DiagnosticCommand MBean, as {@code
   * jfrConfigure} for {@code JFR.configure}) with {@code arguments}; returns what it printed.
   *
   * @throws JMException when this JVM has no such command or it failed to run
   */
  static String run(String operation, String... arguments) throws JMException {
    Object printed =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation,
                new Object[] {arguments},
                new String[] {String[].class.getName()});
    return printed == null ? "" : printed.toString();
  }
}
