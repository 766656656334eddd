package io.serialscope.agent.bootstrap;

import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fork/join hooks that keep task storms cheap by merging tiny tasks into the task that forked them.
 *
 * <p>A task forked by a thread and then run by that same thread (popped from its own deque: the
 * common case for the leaves of a recursive computation), or run by {@code invoke()}, ran inside
 * its forker's time on one thread. When that execution is shorter than the threshold ({@link
 * #mergeTasksBelow}), none of its own events are written (spawn, start, completion, end, join): its
 * time stays in the forker's segment. The graph loses only the parallelism inside such a tiny
 * subtree (less than the threshold of span per merged subtree), and the agent saves five events and
 * an object id per task. Tasks run by another thread (stolen) and longer tasks are recorded as
 * before, with their true times: the spawn event is begun when the task is forked and committed
 * once the thread learns the task ran elsewhere (at its join, when the forking task ends, or before
 * the thread blocks); the start event is begun when the task starts and committed if it runs long.
 * The analyzer orders a thread's events by time, so the late commits land where they belong.
 *
 * <p>The spawn and start events begun for a task that may still be merged take the thread's
 * CPU-clock reading when one is due, as any event does: a task recorded after all needs it at its
 * true start. When the task is merged, that reading is dropped with it, and the next one is due
 * {@link #DROPPED_READING_RETRY_NANOS} later rather than at once: retaken at once, it would be
 * dropped again with the next tiny task, so that every fork of a storm paid for a reading (a system
 * call).
 *
 * <p>What was merged is counted and written in the {@code Coarsening} event.
 */
public final class ForkJoinHooks {
  /** Default threshold: executions shorter than this on their forking thread are merged. */
  public static final long DEFAULT_MERGE_BELOW_NANOS = 20_000;

  /** After a reading was dropped with a merged task, the next one is due this much later. */
  static final long DROPPED_READING_RETRY_NANOS = 50_000;

  private static volatile long mergeBelowNanos = DEFAULT_MERGE_BELOW_NANOS;

  private static final LongAdder MERGED = new LongAdder();
  private static final LongAdder MERGED_NANOS = new LongAdder();

  private ForkJoinHooks() {}

  /** Sets the threshold in nanoseconds; 0 records every task (no merging). */
  public static void mergeTasksBelow(long nanos) {
    mergeBelowNanos = Math.max(0, nanos);
  }

  /** The threshold in nanoseconds (0: merging is off). */
  public static long mergeBelowNanos() {
    return mergeBelowNanos;
  }

  /** Tasks merged into their forkers so far. */
  public static long mergedTasks() {
    return MERGED.sum();
  }

  /** Time of the outermost merged executions so far, in nanoseconds (nested ones not twice). */
  public static long mergedTaskNanos() {
    return MERGED_NANOS.sum();
  }

  static void resetCounts() {
    MERGED.reset();
    MERGED_NANOS.reset();
  }

  /** {@code fork()}, or a pool's push of {@code task}: this thread spawns it. */
  public static void forked(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = Hooks.enter();
    if (s == null) {
      return;
    }
    try {
      if (mergeBelowNanos > 0) {
        PendingForks forks = s.pendingForks;
        if (forks.isLatest(task)) {
          return; // the pool's push inside fork(): one spawn
        }
        SpawnEvent spawn = new SpawnEvent();
        spawn.cpuNanos = Hooks.cpuNanos(s); // a cut: its own reading, as an immediate spawn has
        spawn.begin();
        if (forks.add(task, spawn, s.taskDepth(), PendingForks.FORKED)) {
          return;
        }
      }
      Hooks.emitSpawn(ObjectIds.of(task));
    } finally {
      s.guard = 0;
    }
  }

  /** {@code invoke()}: the task runs on this thread now, like a fork popped at once. */
  public static void invoking(Object task) {
    if (mergeBelowNanos <= 0 || task == null) {
      return;
    }
    LaneState s = Hooks.enter();
    if (s == null) {
      return;
    }
    try {
      if (s.pendingForks.indexOf(task) < 0) {
        s.pendingForks.add(task, null, s.taskDepth(), PendingForks.FORKED);
      }
    } finally {
      s.guard = 0;
    }
  }

  /**
   * {@code doExec()} begins; returns whether this is an execution (doExec on a task already done
   * does nothing).
   */
  public static boolean execStart(Object task) {
    if (task instanceof Future<?> f && f.isDone()) {
      return false;
    }
    if (mergeBelowNanos > 0) {
      LaneState s = Hooks.enter();
      if (s == null) {
        return true;
      }
      try {
        PendingForks forks = s.pendingForks;
        int i = forks.indexOf(task);
        if (i >= 0 && forks.state(i) == PendingForks.FORKED) {
          TaskStartEvent start = new TaskStartEvent();
          long now = System.nanoTime(); // one clock reading for both: a storm pays it per fork
          start.cpuNanos = Hooks.cpuNanos(s, now);
          start.begin();
          if (s.pushMergeable(task, start, forks.spawn(i), now)) {
            forks.setState(i, PendingForks.RUNNING);
            return true;
          }
        }
      } finally {
        s.guard = 0;
      }
    }
    Hooks.taskStart(task);
    return true;
  }

  /** {@code setDone()}: the task completed; a mergeable execution is decided here. */
  public static void done(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = Hooks.enter();
    if (s == null) {
      return;
    }
    try {
      int level = s.mergeableOnTop(task);
      if (level >= 0 && decide(s, level, task)) {
        return; // merged: nobody else waits for it
      }
      Hooks.emitSignal(ObjectIds.of(task));
    } finally {
      s.guard = 0;
    }
  }

  /** {@code doExec()} ended (after {@link #execStart} returned true). */
  public static void execEnd(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = Hooks.enter();
    if (s == null) {
      return;
    }
    try {
      int level = s.mergeableOnTop(task);
      if (level >= 0) {
        int i = s.pendingForks.indexOf(task);
        boolean merged =
            i >= 0 && s.pendingForks.state(i) == PendingForks.MERGED
                || i >= 0
                    && s.pendingForks.state(i) == PendingForks.RUNNING
                    && decide(s, level, task);
        if (merged || s.mergeableOnTop(task) >= 0) {
          s.popMergeable(level);
          flushForksAbove(s, level);
          return;
        }
      }
    } finally {
      s.guard = 0;
    }
    Hooks.taskEnd(task);
  }

  /** {@code join()}, {@code invoke()}, {@code get()} returned: depend on the task's completion. */
  public static void joined(Object task) {
    if (!(task instanceof Future<?> f) || !f.isDone()) {
      return;
    }
    LaneState s = Hooks.enter();
    if (s == null) {
      return;
    }
    try {
      PendingForks forks = s.pendingForks;
      int i = forks.indexOf(task);
      if (i >= 0) {
        byte state = forks.state(i);
        if (state == PendingForks.MERGED) {
          forks.remove(i);
          return; // it ran inside this thread's own segment
        }
        if (state == PendingForks.FORKED) {
          commitSpawn(forks, i); // it ran on another thread
          forks.remove(i);
        }
      }
      Hooks.emitAwait(ObjectIds.of(task));
    } finally {
      s.guard = 0;
    }
  }

  /**
   * Decides the mergeable execution on top at {@code level} as it completes: merged when it ran for
   * less than the threshold (returns true), else recorded after all with its true start and spawn.
   */
  private static boolean decide(LaneState s, int level, Object task) {
    long now = System.nanoTime();
    long elapsed = now - s.mergeableStartNanos(level);
    PendingForks forks = s.pendingForks;
    int i = forks.indexOf(task);
    if (elapsed < mergeBelowNanos) {
      if (i >= 0) {
        forks.setState(i, PendingForks.MERGED);
      }
      MERGED.increment();
      if (s.mergeableSpawn(level) instanceof SpawnEvent spawn && spawn.cpuNanos >= 0
          || s.mergeableStart(level) instanceof TaskStartEvent start && start.cpuNanos >= 0) {
        s.lastCpuReadingNanos = Hooks.readingDueAfter(now, DROPPED_READING_RETRY_NANOS);
      }
      long countable = s.merged(level, elapsed);
      if (countable > 0) {
        MERGED_NANOS.add(countable);
      }
      return true;
    }
    long id = ObjectIds.of(task);
    if (s.mergeableSpawn(level) instanceof SpawnEvent spawn) {
      spawn.taskId = id;
      Hooks.commit(spawn);
    }
    if (s.mergeableStart(level) instanceof TaskStartEvent start) {
      start.taskId = id;
      start.label = TaskLabels.describe(task);
      Hooks.commit(start);
    }
    long mergedInside = s.announce(level, id);
    if (mergedInside > 0) {
      MERGED_NANOS.add(mergedInside);
    }
    if (i >= 0) {
      forks.remove(i);
    }
    return false;
  }

  /**
   * The task at stack depth {@code depth} ended: forks it (or tasks above it) left unresolved are
   * resolved now, the ones still waiting as spawns (they may run on another thread). -1: the
   * thread's body ended, resolve all.
   */
  static void flushForksAbove(LaneState s, int depth) {
    PendingForks forks = s.pendingForks;
    for (int i = forks.size() - 1; i >= 0; i--) {
      if (forks.depth(i) > depth) {
        if (forks.state(i) == PendingForks.FORKED) {
          commitSpawn(forks, i);
        }
        forks.remove(i);
      }
    }
  }

  /**
   * The thread is about to block: forks not run yet are recorded as spawns now, so that a thread
   * that never runs again (blocked until the program exits) leaves no spawn unwritten.
   */
  static void flushForked(LaneState s) {
    PendingForks forks = s.pendingForks;
    for (int i = forks.size() - 1; i >= 0; i--) {
      if (forks.state(i) == PendingForks.FORKED && forks.spawn(i) != null) {
        commitSpawn(forks, i);
        forks.remove(i);
      }
    }
  }

  private static void commitSpawn(PendingForks forks, int i) {
    if (forks.spawn(i) instanceof SpawnEvent spawn) {
      spawn.taskId = ObjectIds.of(forks.task(i));
      Hooks.commit(spawn);
    }
  }
}
