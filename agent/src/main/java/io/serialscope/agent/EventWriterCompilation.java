package io.serialscope.agent;

import java.util.List;

/**
 * Asks HotSpot (compiler directives, JEP 165, through the {@code Compiler.directives_add}
 * diagnostic command) to compile the code that writes the agent's JFR events with C1 only and never
 * to inline it into other methods.
 *
 * <p>Why: JFR writes every field of an event through an unrolled variable-length encoder, so C2
 * turns one event type's writer into 30-55 KB of machine code, 100-350 ms of compilation each; the
 * hooks inlined the writers of every event they commit (Hooks.taskEnd: 6.7 KB of bytecode inlined,
 * 55 KB of code, 0.36 s to compile). And each time JFR rotates its chunk (every 12 MB, some seconds
 * apart under a busy workload) the writers take a trap that HotSpot answers by throwing that code
 * away and compiling it again. On the 2-core test machine, the training-loop sample spent 2.6-3.8 s
 * of CPU compiling with the agent (0.8-0.9 s plain), 0.4-0.8 s of it again after every rotation;
 * with these directives 1.6-2.2 s, and no recompilation at rotations (docs/performance.md,
 * bench/jit.py). C1 code is cheap to make and is never thrown away for such traps; an event costs
 * 10-25 % more (JMH: a signal 118 -> 128 ns, a task's start and end 226 -> 285 ns).
 *
 * <p>Only where JFR writes events through generated handler classes (JDK 17) is this the default:
 * on JDK 25, whose events carry their writer code themselves, the same long run took 1.167 of its
 * time without the agent with these directives against 1.125 without them (C1's writer costs more
 * there than the compilation it saves), see {@link #helpsOnThisJvm()}.
 *
 * <p>The directives match the agent's event classes and, on JDK 17, JFR's generated event handlers
 * ({@code jdk.jfr.internal.handlers}), which write every Java-level JFR event in that JVM, the
 * application's own included: their writers are compiled by C1 too while the JVM runs. Agent option
 * {@code eventCompilation=default} leaves the compilers alone. Public for the JMH benchmark of the
 * per-event cost (bench/jmh), which measures both.
 */
public final class EventWriterCompilation {
  /** The classes whose code writes JFR events: the agent's, and JDK 17's generated handlers. */
  static final List<String> PATTERNS =
      List.of("io/serialscope/agent/bootstrap/events/*.*", "jdk/jfr/internal/handlers/*.*");

  /**
   * Whether this JVM's JFR writes events through generated handler classes ({@code
   * jdk.jfr.internal.handlers}, JDK 17), the design on which C1 writers were measured to save more
   * than they cost: the agent's default there, {@code eventCompilation=default} elsewhere.
   */
  public static boolean helpsOnThisJvm() {
    try {
      Class.forName("jdk.jfr.internal.handlers.EventHandler", false, null);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private EventWriterCompilation() {}

  /**
   * Adds these directives alone to this JVM, once (see {@link CompilerDirectives#add}); for the
   * benchmark of the per-event cost, which measures both ways.
   *
   * @return null when the directives are in place, otherwise why not (one line)
   */
  public static String apply() {
    return CompilerDirectives.add(true, false);
  }
}
