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
            || thread.getClass().getName().equals("jdk.internal.misc.CarrierThread");
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
    }
    taskDepth++;
    return fresh;
  }

  /** The task running now: the innermost one pushed, else the thread's body. */
  long currentTaskId(Thread thread) {
    int top = Math.min(taskDepth, MAX_TASK_DEPTH);
    return top > 0 ? taskIds[top - 1] : Hooks.threadTaskId(thread);
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
