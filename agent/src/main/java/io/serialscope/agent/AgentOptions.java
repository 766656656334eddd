package io.serialscope.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's options: {@code -javaagent:serialscope-agent.jar=key=value,key=value}.
 *
 * @param output where the recording is written when the JVM exits
 * @param includes method patterns to label (see {@link MethodPattern}), separated by {@code ;}
 * @param verbose print what was instrumented on stderr
 * @param hwSampleMillis period of the hardware load samples in milliseconds; 0 switches them off
 * @param disabled instrumentation groups switched off ({@code disable=forkjoin;locks}), as given:
 *     unknown names are reported by {@link InstrumentationGroups}, never fatal
 * @param maxSizeBytes the most disk JFR's repository may hold for the recording, in bytes ({@code
 *     maxSize=512m}); 0: no limit. JFR drops the oldest chunks beyond it whenever it rotates to a
 *     new chunk, and the agent makes chunks an eighth of it, 1 to 12 MB (unless the command line
 *     sets {@code maxchunksize}), so after each rotation the repository holds at most {@code
 *     maxSizeBytes} plus one chunk. JFR cannot rotate while an event flood keeps its writer busy,
 *     so during a flood the repository can grow beyond that until the flood pauses
 * @param coarsenMicros fork/join tasks run by the thread that forked them in less than this many
 *     microseconds are merged into their forker, and a thread records at most one lock hand-over
 *     per lock in that time unless it waited (option {@code coarsenMicros}); 0 records every task
 *     and hand-over ({@code coarsen=false} is the same)
 * @param c1EventWriters whether the writers of JFR events are compiled by C1 only and never inlined
 *     ({@code eventCompilation=c1}); {@code eventCompilation=default} leaves HotSpot's compilers
 *     alone. Without the option: where it was measured to help, see {@link
 *     EventWriterCompilation#helpsOnThisJvm()}
 * @param c1StartupCode whether the code busy only while the agent starts (the JDK's class writers,
 *     Byte Buddy) is compiled by C1 only ({@code startupCompilation=c1}, the default, see {@link
 *     StartupCodeCompilation}); {@code startupCompilation=default} leaves HotSpot's compilers alone
 */
public record AgentOptions(
    Path output,
    List<String> includes,
    boolean verbose,
    long hwSampleMillis,
    List<String> disabled,
    long maxSizeBytes,
    long coarsenMicros,
    boolean c1EventWriters,
    boolean c1StartupCode) {
  /**
   * Default period of the hardware load samples. Each sample cost 1–2 ms of CPU on the 2-core test
   * VM (the JDK's load and process-time readings, OSHI's reads of /proc and /sys), so 100 ms cost
   * 1–2 % of a core for as long as the program runs; the analysis uses only means over the run,
   * which two samples a second estimate as well.
   */
  public static final long DEFAULT_HW_SAMPLE_MILLIS = 500;

  /** Default threshold of task merging, in microseconds. */
  public static final long DEFAULT_COARSEN_MICROS = 20;

  /** Parses the option string; unknown keys and malformed pairs are refused with a message. */
  public static AgentOptions parse(String text, long pid) {
    Path output = Path.of("serialscope-" + pid + ".jfr");
    List<String> includes = new ArrayList<>();
    boolean verbose = false;
    long hwSampleMillis = DEFAULT_HW_SAMPLE_MILLIS;
    List<String> disabled = new ArrayList<>();
    long maxSizeBytes = 0;
    long coarsenMicros = DEFAULT_COARSEN_MICROS;
    boolean coarsen = true;
    boolean c1EventWriters = EventWriterCompilation.helpsOnThisJvm();
    boolean c1StartupCode = true;
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("option '" + pair + "' is not key=value");
        }
        String key = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        switch (key) {
          case "output" -> output = Path.of(value);
          case "include" -> {
            for (String p : value.split("[;|]")) {
              if (!p.isBlank()) {
                includes.add(p.trim());
              }
            }
          }
          case "verbose" -> verbose = Boolean.parseBoolean(value);
          case "hwSampleMillis" -> hwSampleMillis = wholeNumber("hwSampleMillis", value, "ms");
          case "disable" -> {
            for (String group : value.split("[;|]")) {
              if (!group.isBlank()) {
                disabled.add(group.trim());
              }
            }
          }
          case "maxSize" -> maxSizeBytes = bytes(value);
          case "coarsenMicros" -> coarsenMicros = wholeNumber("coarsenMicros", value, "µs");
          case "coarsen" -> coarsen = Boolean.parseBoolean(value);
          case "eventCompilation" -> c1EventWriters = c1OrDefault(key, value);
          case "startupCompilation" -> c1StartupCode = c1OrDefault(key, value);
          default ->
              throw new IllegalArgumentException(
                  "unknown option '"
                      + key
                      + "' (known: output, include, verbose, hwSampleMillis, disable, maxSize,"
                      + " coarsen, coarsenMicros, eventCompilation, startupCompilation)");
        }
      }
    }
    return new AgentOptions(
        output.toAbsolutePath(),
        List.copyOf(includes),
        verbose,
        hwSampleMillis,
        List.copyOf(disabled),
        maxSizeBytes,
        coarsen ? coarsenMicros : 0,
        c1EventWriters,
        c1StartupCode);
  }

  private static boolean c1OrDefault(String key, String value) {
    return switch (value) {
      case "c1" -> true;
      case "default" -> false;
      default ->
          throw new IllegalArgumentException(key + " must be c1 or default, not '" + value + "'");
    };
  }

  private static long wholeNumber(String key, String value, String unit) {
    try {
      long number = Long.parseLong(value);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        key
            + " must be a whole number of "
            + ("ms".equals(unit) ? "milliseconds" : "microseconds")
            + " >= 0 (0 = off), not '"
            + value
            + "'");
  }

  /**
   * {@code 1048576}, {@code 64k}, {@code 512m}, {@code 2g}: a whole number of bytes, {@code >= 0}.
   */
  private static long bytes(String value) {
    String v = value.toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
      unit = v.endsWith("k") ? 1L << 10 : v.endsWith("m") ? 1L << 20 : 1L << 30;
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n >= 0 && n <= Long.MAX_VALUE / unit) {
        return n * unit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "maxSize must be a number of bytes >= 0, optionally with k, m or g (0 = no limit), not '"
            + value
            + "'");
  }
}
