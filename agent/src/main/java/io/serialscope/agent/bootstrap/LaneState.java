package io.serialscope.agent.bootstrap;

/**
 * Per-thread state of the agent: the recursion guard, the blocking depth and the stack of tasks
 * running on this thread. Only its own thread touches it, so nothing here is synchronized.
 */
final class LaneState {
  private static final int MAX_TASK_DEPTH = 256;

  /** Non-zero while a hook runs on this thread: hooks reached from inside a hook are ignored. */
  int guard;

  /** Nested blocking calls (join that waits, park inside it): only the outermost is recorded. */
  int blockDepth;

  /** Nested Thread.run calls (an override calling super.run()): only the outermost is the body. */
  int threadRunDepth;

  /** Threads the agent must not record (JFR's own, the agent's, virtual threads' carriers). */
  final boolean ignored;

  /** This thread runs a pool's worker loop (see {@link Hooks#schedulerLoop()}). */
  boolean schedulerLoop;

  /** Inside an executor's submission: its own queue operations are not the application's. */
  int submitDepth;

  /** When ({@code System.nanoTime}) this thread's CPU clock was last read; see Hooks#cpuNanos. */
  long lastCpuReadingNanos = Long.MIN_VALUE / 2;

  /** The {@link Hooks} session this state belongs to (see {@link #startSession}). */
  int session;

  private final long[] taskIds = new long[MAX_TASK_DEPTH];
  private final boolean[] announced = new boolean[MAX_TASK_DEPTH];
  private int taskDepth;

  /**
   * Fork/join executions that may be merged into the task below them (see {@link ForkJoinHooks}):
   * per stack level, the task object (null: an ordinary entry), its start event begun when it
   * started, its spawn begun when it was forked (null: run by invoke(), never forked) and its start
   * time ({@code System.nanoTime}).
   */
  private final Object[] mergeable = new Object[MAX_TASK_DEPTH];

  private final jdk.jfr.Event[] mergeableStart = new jdk.jfr.Event[MAX_TASK_DEPTH];
  private final jdk.jfr.Event[] mergeableSpawn = new jdk.jfr.Event[MAX_TASK_DEPTH];
  private final long[] mergeableStartNanos = new long[MAX_TASK_DEPTH];

  /** Per stack level: time of the merged executions directly inside it, not yet counted. */
  private final long[] mergedNanosInside = new long[MAX_TASK_DEPTH];

  /** Tasks this thread forked whose fate is not known yet (see {@link PendingForks}). */
  final PendingForks pendingForks = new PendingForks();

  /** Lock releases whose relevance is not known yet (see {@link PendingReleases}). */
  final PendingReleases pendingReleases = new PendingReleases();

  /** The id-table key of the lock this thread took or released last (see ObjectIds#entry). */
  ObjectIds.Key lastLock;

  /** The lock of this thread's latest recorded hand-over, and when (see Hooks#sampledOut). */
  ObjectIds.Entry lastRecordedHandoff;

  long lastRecordedHandoffNanos;

  /** This thread blocked since its last lock acquisition: the next one is a wait, kept whole. */
  boolean blockedSinceLastAcquire;

  LaneState(Thread thread) {
    String name = thread.getName();
    // A carrier runs virtual threads, which are recorded as themselves; recording the carrier's
    // mounts too would count their work twice.
    // The JDK's process reaper blocks in native waitpid, which would look like work (and the
    // agent's OSHI runs lscpu and getconf at start, which starts one).
    ignored =
        name.startsWith("JFR ")
            || name.startsWith("serialscope-")
            || name.startsWith("process reaper")
            || thread.getClass().getName().equals("jdk.internal.misc.CarrierThread")
            || remountsVirtualThreads(name);
  }

  /**
   * The JDK threads that hand blocked virtual threads back to their scheduler (monitor unblocker,
   * timers, I/O pollers). Their hand-overs are the scheduler's, not the program's (the analysis
   * drops their lanes), and they must never wait for one of the agent's locks: a virtual thread
   * holding that lock while unmounted would then never be mounted again. AttachTest's virtual
   * threads under contention hung on JDK 25 with the unblocker blocked in {@link ObjectIds}.
   */
  static boolean remountsVirtualThreads(String name) {
    return name.startsWith("VirtualThread-")
        || name.endsWith("-Poller")
        || name.startsWith("ForkJoinPool-") && name.endsWith("-delayScheduler");
  }

  /**
   * Forgets what an earlier attach session left here: tasks, blocking and thread bodies that were
   * open when it stopped never end in the new recording. Whether the thread runs a pool's loop is
   * still true, and the guard belongs to the hook running now.
   */
  void startSession(int newSession) {
    session = newSession;
    blockDepth = 0;
    threadRunDepth = 0;
    submitDepth = 0;
    taskDepth = 0;
    java.util.Arrays.fill(mergeable, null);
    java.util.Arrays.fill(mergeableStart, null);
    java.util.Arrays.fill(mergeableSpawn, null);
    pendingForks.clear();
    pendingReleases.clear();
  }

  /**
   * Pushes a task and returns whether it is new on this thread, i.e. not the task already on top
   * (the same object entered twice, e.g. beforeExecute and then FutureTask.run).
   */
  boolean pushTask(long id) {
    boolean fresh = taskDepth == 0 || taskIds[taskDepth - 1] != id;
    if (taskDepth < MAX_TASK_DEPTH) {
      taskIds[taskDepth] = id;
      announced[taskDepth] = fresh;
      mergeable[taskDepth] = null;
    }
    taskDepth++;
    return fresh;
  }

  /** Tasks on this thread's stack now (the thread's body not counted). */
  int taskDepth() {
    return taskDepth;
  }

  /**
   * Pushes a fork/join execution that is recorded only if it turns out long (see {@link
   * ForkJoinHooks}); false when the stack is too deep to keep it (then it is recorded as usual).
   */
  boolean pushMergeable(Object task, jdk.jfr.Event start, jdk.jfr.Event spawn, long nowNanos) {
    if (taskDepth >= MAX_TASK_DEPTH) {
      return false;
    }
    taskIds[taskDepth] = 0;
    announced[taskDepth] = false;
    mergeable[taskDepth] = task;
    mergeableStart[taskDepth] = start;
    mergeableSpawn[taskDepth] = spawn;
    mergeableStartNanos[taskDepth] = nowNanos;
    mergedNanosInside[taskDepth] = 0;
    taskDepth++;
    return true;
  }

  /** The stack level of {@code task} if it runs as a mergeable execution on top now, else -1. */
  int mergeableOnTop(Object task) {
    int top = Math.min(taskDepth, MAX_TASK_DEPTH) - 1;
    return top >= 0 && mergeable[top] == task && taskIds[top] == 0 ? top : -1;
  }

  long mergeableStartNanos(int level) {
    return mergeableStartNanos[level];
  }

  jdk.jfr.Event mergeableStart(int level) {
    return mergeableStart[level];
  }

  jdk.jfr.Event mergeableSpawn(int level) {
    return mergeableSpawn[level];
  }

  /**
   * The execution at {@code level} was merged after {@code nanos}; returns the merged time that can
   * be counted now: none while the level below is itself undecided (its own time will cover this
   * one if it is merged too, and it hands this on if it is recorded).
   */
  long merged(int level, long nanos) {
    int below = level - 1;
    if (below >= 0 && mergeable[below] != null && taskIds[below] == 0) {
      mergedNanosInside[below] += nanos;
      return 0;
    }
    return nanos;
  }

  /**
   * The mergeable execution at {@code level} is recorded after all, as task {@code id}; returns the
   * merged time inside it that can be counted now.
   */
  long announce(int level, long id) {
    taskIds[level] = id;
    announced[level] = true;
    mergeableStart[level] = null;
    mergeableSpawn[level] = null;
    long inside = mergedNanosInside[level];
    mergedNanosInside[level] = 0;
    return inside;
  }

  /** Pops the mergeable execution on top (at {@code level}); its events are dropped. */
  void popMergeable(int level) {
    mergeable[level] = null;
    mergeableStart[level] = null;
    mergeableSpawn[level] = null;
    taskDepth = level;
  }

  /** The task running now: the innermost one recorded, else the thread's body. */
  long currentTaskId(Thread thread) {
    for (int i = Math.min(taskDepth, MAX_TASK_DEPTH) - 1; i >= 0; i--) {
      if (taskIds[i] != 0) {
        return taskIds[i];
      }
    }
    return Hooks.threadTaskId(thread);
  }

  /** Whether only the pool's own loop runs now (no task): its queue traffic is scheduling. */
  boolean inSchedulerOnly() {
    return schedulerLoop && taskDepth == 0;
  }

  /**
   * Pops the task {@code id} (and any entries left above it by a path that never returned) and
   * returns whether its end must be recorded: it was announced when pushed. Unknown ids are
   * ignored: their start happened before the agent was attached.
   */
  boolean popTask(long id) {
    int top = Math.min(taskDepth, MAX_TASK_DEPTH);
    for (int i = top - 1; i >= 0; i--) {
      if (taskIds[i] == id) {
        boolean wasAnnounced = announced[i];
        mergeable[i] = null;
        taskDepth = i;
        return wasAnnounced;
      }
    }
    if (taskDepth > MAX_TASK_DEPTH) {
      taskDepth--;
    }
    return false;
  }
}
