package io.serialscope.bench;

import io.serialscope.samples.SampleCatalog;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Runs a program's {@code main} and prints, on stderr, {@code program-ms N cpu-ms M}: the
 * milliseconds from the call of its main to the end of its last non-daemon thread (what the program
 * itself takes, without the JVM's and an agent's start-up and the recording's dump at exit), and
 * the processor time the whole process used meanwhile (the program's threads, and the JIT's, the
 * GC's, JFR's and the agent's). Used by bench/overhead.py.
 *
 * <p>{@code Timed --samples} instead prints the demo's samples, one per line: name, main class,
 * the agent's include pattern, the library class path and the default arguments (space-joined),
 * tab-separated.
 */
public final class Timed {
  private Timed() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--samples")) {
      for (SampleCatalog.Sample s : SampleCatalog.all()) {
        String libraries =
            SampleCatalog.libraryJars(s).stream()
                .map(Object::toString)
                .collect(Collectors.joining(File.pathSeparator));
        System.out.println(
            String.join(
                "\t",
                s.name(),
                s.mainClass(),
                s.includePattern(),
                libraries,
                String.join(" ", s.defaultArgs())));
      }
      return;
    }
    Method main = Class.forName(args[0]).getDeclaredMethod("main", String[].class);
    main.setAccessible(true);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long startCpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    // Threads may start others before they end: wait until none is left.
    for (boolean waited = true; waited; ) {
      waited = false;
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t != Thread.currentThread() && !t.isDaemon() && !t.getName().equals("DestroyJavaVM")) {
          t.join();
          waited = true;
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (os.getProcessCpuTime() - startCpu) / 1_000_000;
    System.err.println("program-ms " + millis + " cpu-ms " + cpuMillis);
  }
}
