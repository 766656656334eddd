package io.serialscope.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names {@code disable=} accepts: each switches off one family of instrumentations, so that a
 * user who suspects one of them can run without it. A name the agent does not know is reported in
 * one line and ignored; the agent still runs.
 */
final class InstrumentationGroups {
  /** Thread start/run/join/exit and virtual threads. */
  static final String THREADS = "threads";

  /** ThreadPoolExecutor (and scheduled) submission and execution, FutureTask. */
  static final String EXECUTORS = "executors";

  /** ForkJoinPool, ForkJoinTask, CountedCompleter (parallel streams). */
  static final String FORK_JOIN = "forkjoin";

  /** CompletableFuture completion and dependent stages. */
  static final String FUTURES = "futures";

  /** LockSupport park/unpark. */
  static final String PARK = "park";

  /** ReentrantLock, ReentrantReadWriteLock, StampedLock, Semaphore. */
  static final String LOCKS = "locks";

  /** CountDownLatch, CyclicBarrier, Phaser, Exchanger. */
  static final String COORDINATION = "coordination";

  /** The JDK's concurrent and blocking queues. */
  static final String QUEUES = "queues";

  /** JCuda and cuBLAS. */
  static final String GPU = "gpu";

  /** The end of the program's main method. */
  static final String MAIN = "main";

  static final List<String> NAMES =
      List.of(THREADS, EXECUTORS, FORK_JOIN, FUTURES, PARK, LOCKS, COORDINATION, QUEUES, GPU, MAIN);

  private InstrumentationGroups() {}

  /** The requested names that are no group, in the order given. */
  static List<String> unknown(List<String> requested) {
    List<String> unknown = new ArrayList<>();
    Set<String> known = Set.copyOf(NAMES);
    for (String name : requested) {
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  /** The one line on stderr for unknown names, or null when every name is known. */
  static String warning(List<String> requested) {
    List<String> unknown = unknown(requested);
    if (unknown.isEmpty()) {
      return null;
    }
    return "serialscope: disable="
        + String.join(";", unknown)
        + (unknown.size() == 1
            ? " is not an instrumentation group"
            : " are not instrumentation groups")
        + " (known: "
        + String.join(", ", NAMES)
        + "); ignored, the rest of the agent runs";
  }
}
