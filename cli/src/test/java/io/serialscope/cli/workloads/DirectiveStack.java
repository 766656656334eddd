package io.serialscope.cli.workloads;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Runs a few pool tasks (so the agent writes events) and prints the JIT's compiler directive stack,
 * as {@code jcmd PID Compiler.directives_print} would.
 */
public final class DirectiveStack {
  public static void main(String[] args) throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    long sum = 0;
    for (int i = 0; i < 1000; i++) {
      int n = i;
      sum += pool.submit(() -> n * 2L).get();
    }
    pool.shutdown();
    System.out.println("sum " + sum);
    System.out.println(
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesPrint",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()}));
  }
}
