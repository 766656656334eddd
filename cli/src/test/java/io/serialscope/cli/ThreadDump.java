package io.serialscope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a hung forked JVM's threads were doing, for the failure message of the test that hung. */
final class ThreadDump {
  private static final int MAX_CHARS = 60_000;

  private ThreadDump() {}

  /** The {@code jcmd Thread.print} of {@code process}, or why there is none; never throws. */
  static String of(Process process) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .start();
      byte[] out = dump.getInputStream().readAllBytes();
      if (!dump.waitFor(30, TimeUnit.SECONDS)) {
        dump.destroyForcibly();
      }
      String text = new String(out, StandardCharsets.UTF_8);
      return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "\n[...]" : text;
    } catch (IOException | RuntimeException e) {
      return "(no thread dump: " + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(no thread dump: interrupted)";
    }
  }

  /**
   * Waits up to {@code seconds} for {@code process}; if it is still running, dumps its threads and
   * kills it. Returns null when it ended in time, else the dump.
   */
  static String unlessEndedWithin(Process process, long seconds) throws InterruptedException {
    if (process.waitFor(seconds, TimeUnit.SECONDS)) {
      return null;
    }
    String dump = of(process);
    process.destroyForcibly();
    return dump;
  }
}
