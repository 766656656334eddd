package io.serialscope.agent;

import java.util.List;

/**
 * The code that the agent makes busy while a program starts, and that is then idle for the rest of
 * its run, compiled by C1 only: the JDK's class writers, JFR's metadata writer and the agent's Byte
 * Buddy.
 *
 * <p>Why: JFR instruments every event class it registers (the agent has 21) with the JDK's own
 * class writer (the internal ASM on JDK 17, the internal class-file library on later JDKs), and the
 * agent weaves the JDK's concurrency classes and matches every class loaded later with Byte Buddy.
 * That makes both hot for a second, long enough for C2 to compile their largest methods (ASM's
 * {@code Frame.execute}: 2 305 bytes of bytecode, 0.3-0.6 s of CPU each time, up to four times in
 * one run, because a retransformation throws away the compilations in flight). On a machine with
 * two cores those compiler threads take the time from the program's first seconds; C1 compiles the
 * same methods in milliseconds, and the code they run afterwards (a class loaded now and then) does
 * not need C2's. Measured on the 2-core VM (docs/performance.md, "Start-up code compiled by C1").
 *
 * <p>JFR's {@code MetadataWriter} writes the descriptions of all event types into the recording
 * each time a type is registered and at every new chunk. The agent's 21 types make that tree larger
 * and register during start-up, so its recursive {@code write} gets hot at once, and C2 compiles it
 * into 79 KB of code: 0.2-0.8 s of compiler time in a program of 1.5 s on JDK 17 (batch-inference,
 * jdk.Compilation events; not compiled by C2 at all in the same program under JFR alone). C1's code
 * writes the metadata of a chunk a little slower, a few times a run.
 *
 * <p>The JDK uses the same class writer for the classes it spins at run time (lambdas, method
 * handles' forms, proxies: ASM on JDK 17, the class-file library on JDK 24+), so a program that
 * keeps generating such classes long after start-up gets C1's code for that too: each class then
 * costs a little more to make, which the programs measured here did not show. Byte Buddy's copy is
 * the agent's own, shaded. Agent option {@code startupCompilation=default} leaves the compilers
 * alone.
 */
final class StartupCodeCompilation {
  /**
   * JDK 17's class writer, JDK 21+'s class-file library, JFR's metadata writer, the agent's shaded
   * Byte Buddy.
   */
  static final List<String> PATTERNS =
      List.of(
          "jdk/internal/org/objectweb/asm/*.*",
          "jdk/internal/classfile/*.*",
          "jdk/jfr/internal/MetadataWriter.*",
          "io/serialscope/shaded/*.*");

  private StartupCodeCompilation() {}
}
