package io.serialscope.agent.bootstrap;

import io.serialscope.agent.bootstrap.events.AcquireEvent;
import io.serialscope.agent.bootstrap.events.AwaitEvent;
import io.serialscope.agent.bootstrap.events.BlockEndEvent;
import io.serialscope.agent.bootstrap.events.BlockStartEvent;
import io.serialscope.agent.bootstrap.events.LabelEnterEvent;
import io.serialscope.agent.bootstrap.events.LabelExitEvent;
import io.serialscope.agent.bootstrap.events.PutEvent;
import io.serialscope.agent.bootstrap.events.SchedulerLoopEvent;
import io.serialscope.agent.bootstrap.events.SignalEvent;
import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TakeEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import io.serialscope.agent.bootstrap.events.UnparkEvent;

/**
 * The only code the advice calls. Every entry point is guarded: it does nothing before the agent is
 * enabled, on ignored threads, or when reached from inside another hook (JFR's own locking can
 * park, and parking is instrumented). Advice suppresses any throwable on top of that, so nothing
 * here can reach the application.
 *
 * <p>Thread tasks use the negated Java thread id as task id; other tasks use {@link ObjectIds}.
 */
public final class Hooks {
  private static volatile boolean enabled;

  /**
   * Counts {@link #enable()} calls. Each attach is a new session: per-thread state left by an
   * earlier one (tasks that were running when it stopped) is stale and is dropped on first use.
   */
  private static volatile int session;

  /** Synthetic keys (a phaser's phase, a read-write lock's read side) live above object ids. */
  private static final long KEY_SPACE = 1L << 62;

  private static final int READ_SIDE = 1;

  private static final java.util.concurrent.atomic.LongAdder UNRECORDED_ACQUIRES =
      new java.util.concurrent.atomic.LongAdder();
  private static final java.util.concurrent.atomic.LongAdder UNRECORDED_RELEASES =
      new java.util.concurrent.atomic.LongAdder();
  private static final java.util.concurrent.atomic.LongAdder SAMPLED_HANDOFFS =
      new java.util.concurrent.atomic.LongAdder();

  /**
   * A named subclass, not {@code withInitial(lambda)}: Hooks' initialization must not link an
   * {@code invokedynamic}, which loads method-handle classes and can deadlock with a thread whose
   * class loading waits for Hooks ({@code HooksInitializationTest}).
   */
  private static final ThreadLocal<LaneState> LANE = new LaneStates();

  private static final class LaneStates extends ThreadLocal<LaneState> {
    @Override
    protected LaneState initialValue() {
      return new LaneState(Thread.currentThread());
    }
  }

  private Hooks() {}

  /**
   * Initializes this class now, on the calling thread: the agent calls it before any thread of its
   * own (JFR's, the hardware gatherer) or any class-file transformer of its own can reach Hooks.
   */
  public static void initialize() {
    // class initialization ran on the way in; nothing else to do
  }

  /** Called once the recording runs; before that every hook is a no-op. */
  public static synchronized void enable() {
    UNRECORDED_ACQUIRES.reset();
    UNRECORDED_RELEASES.reset();
    SAMPLED_HANDOFFS.reset();
    ForkJoinHooks.resetCounts();
    session = session + 1;
    String fault = System.getProperty("serialscope.faultInjection");
    faultInjection = "hooks".equals(fault);
    eventFaultPeriod = eventFaultPeriod(fault);
    ObjectIds.startSweeper();
    enabled = true;
  }

  /**
   * A test mode ({@code -Dserialscope.faultInjection=hooks}): every hook throws, to prove that the
   * application cannot tell (the advice suppresses it) and that the recording counts it.
   */
  private static volatile boolean faultInjection;

  /**
   * A test mode: {@code -Dserialscope.faultInjection=events} makes every event a hook writes fail
   * to commit, as JFR's writer could; {@code events:N} every N-th one (see {@link #commit}). 0:
   * off.
   */
  private static volatile int eventFaultPeriod;

  private static final java.util.concurrent.atomic.AtomicLong EVENT_WRITES =
      new java.util.concurrent.atomic.AtomicLong();

  static int eventFaultPeriod(String faultInjection) {
    if ("events".equals(faultInjection)) {
      return 1;
    }
    if (faultInjection != null && faultInjection.startsWith("events:")) {
      try {
        return Math.max(1, Integer.parseInt(faultInjection.substring("events:".length())));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * Writes one event of a hook. Under {@code -Dserialscope.faultInjection=events} the write fails
   * instead: unlike the {@code hooks} mode, the hook has claimed its thread and changed its state
   * by then, so this proves that the claim is released, the state stays usable and the failure
   * stays inside the agent.
   */
  static void commit(jdk.jfr.Event event) {
    int period = eventFaultPeriod;
    if (period != 0 && EVENT_WRITES.incrementAndGet() % period == 0) {
      throw new IllegalStateException("serialscope event-writer fault injection");
    }
    event.commit();
  }

  private static final java.util.concurrent.atomic.LongAdder SUPPRESSED =
      new java.util.concurrent.atomic.LongAdder();

  /**
   * Called by every advice with what it suppressed (see Advices): counted, never rethrown. Must not
   * throw or allocate much: it runs inside the application's own call.
   */
  public static void suppressed(Throwable t) {
    SUPPRESSED.increment();
  }

  /** Exceptions the advice suppressed so far. */
  public static long suppressedCount() {
    return SUPPRESSED.sum();
  }

  /**
   * Turns every hook into a no-op again (an attach session ends). Advice that stays woven into
   * frames still running, such as a pool worker's loop, keeps calling the hooks; they return at
   * once.
   */
  public static synchronized void disable() {
    enabled = false;
    ObjectIds.stopSweeper();
  }

  public static boolean isEnabled() {
    return enabled;
  }

  /** The task id of a thread's run() body. */
  public static long threadTaskId(Thread t) {
    return -t.getId();
  }

  /**
   * Claims the current thread for one hook: null when hooks are off, the thread is ignored, or a
   * hook already runs on it. A caller that gets a state must clear {@code guard} in a finally
   * block, so it checks its arguments before calling this.
   */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The current thread's CPU time in ns, or -1 (unsupported, a virtual thread, or read too
   * recently): segments between two readings are scaled down to it when the thread waited for a
   * core.
   *
   * <p>Reading a thread's CPU clock is a system call (1–4 µs on virtual machines, where the vDSO
   * does not serve it), ten times the cost of the event itself. A thread's clock is therefore read
   * at most once per {@link #CPU_READING_INTERVAL_NANOS} of wall time; the analyzer scales all the
   * segments between two readings together, so tiny tasks stay cheap and the correction keeps a
   * resolution of about that interval.
   */
  static long cpuNanos(LaneState s) {
    return cpuNanos(s, System.nanoTime());
  }

  /** {@link #cpuNanos(LaneState)} of the current thread (inside a hook: its state is claimed). */
  static long cpuNanos() {
    return cpuNanos(LANE.get());
  }

  /** {@link #cpuNanos(LaneState)} at a given {@code System.nanoTime} (for tests). */
  static long cpuNanos(LaneState s, long now) {
    if (now - s.lastCpuReadingNanos < CPU_READING_INTERVAL_NANOS) {
      return -1;
    }
    s.lastCpuReadingNanos = now;
    try {
      return THREADS.getCurrentThreadCpuTime();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  static final long CPU_READING_INTERVAL_NANOS = 1_000_000;

  /**
   * The last-reading time that makes {@link #cpuNanos(LaneState, long)} read the clock again {@code
   * delay} after {@code now} (instead of a whole interval after a reading that was dropped).
   */
  static long readingDueAfter(long now, long delay) {
    return now - CPU_READING_INTERVAL_NANOS + delay;
  }

  static LaneState enter() {
    if (!enabled) {
      return null;
    }
    if (faultInjection) {
      throw new IllegalStateException("serialscope fault injection");
    }
    LaneState s = LANE.get();
    if (s.ignored || s.guard != 0) {
      return null;
    }
    int current = session;
    if (s.session != current) {
      s.startSession(current);
    }
    s.guard = 1;
    return s;
  }

  /** The thread whose body the agent started at startup (the main thread), or null. */
  private static volatile Thread startedBody;

  /** The current thread's body begins now (the main thread at agent start). */
  public static void currentThreadBodyStarts() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      startedBody = Thread.currentThread();
      s.threadRunDepth++;
      emitTaskStart(s, threadTaskId(Thread.currentThread()), Thread.currentThread().getName());
    } finally {
      s.guard = 0;
    }
  }

  public static void threadStart(Thread started) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      emitSpawn(threadTaskId(started));
    } finally {
      s.guard = 0;
    }
  }

  public static void threadRunEnter() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.threadRunDepth++ == 0) {
        Thread t = Thread.currentThread();
        emitTaskStart(s, threadTaskId(t), t.getName());
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void threadRunExit() {
    endBody();
  }

  /**
   * The program's main method returned: on the thread whose body started with the agent, that body
   * ends here (and its CPU clock is read whatever the interval: the last reading of a thread).
   */
  public static void mainReturned() {
    if (Thread.currentThread() != startedBody) {
      return; // main called again, or by another thread: not the program's end
    }
    startedBody = null;
    endBody();
  }

  /** The outermost body of the current thread ends; a thread's last CPU reading is always taken. */
  private static void endBody() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.threadRunDepth > 0 && --s.threadRunDepth == 0) {
        ForkJoinHooks.flushForksAbove(s, -1);
        flushPendingReleases(s);
        s.lastCpuReadingNanos = Long.MIN_VALUE / 2;
        TaskEndEvent e = new TaskEndEvent();
        e.taskId = threadTaskId(Thread.currentThread());
        e.cpuNanos = cpuNanos(s);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  /**
   * The thread terminates (Thread.exit, called by the VM). A body still open here never returned
   * through run() (the main thread, whose body began at agent start): it ends now, with the
   * thread's last CPU-time reading, so that its final segments are corrected like the others.
   */
  public static void threadExit() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.threadRunDepth > 0) {
        s.threadRunDepth = 0;
        ForkJoinHooks.flushForksAbove(s, -1);
        flushPendingReleases(s);
        s.lastCpuReadingNanos = Long.MIN_VALUE / 2; // a thread's last reading is always taken
        TaskEndEvent e = new TaskEndEvent();
        e.taskId = threadTaskId(Thread.currentThread());
        e.cpuNanos = cpuNanos();
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  /** Thread.join returned: when the thread is gone, this thread depends on its whole body. */
  public static void threadJoined(Thread joined) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (!joined.isAlive()) {
        emitAwait(threadTaskId(joined));
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void taskStart(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      long id = ObjectIds.of(task);
      if (s.pushTask(id)) {
        emitTaskStart(s, id, TaskLabels.describe(task));
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void taskEnd(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      long id = ObjectIds.of(task);
      boolean announced = s.popTask(id);
      if (s.pendingForks.size() > 0) {
        ForkJoinHooks.flushForksAbove(s, s.taskDepth());
      }
      if (announced) {
        TaskEndEvent e = new TaskEndEvent();
        e.taskId = id;
        e.cpuNanos = cpuNanos(s);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void spawn(Object task) {
    if (task == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      emitSpawn(ObjectIds.of(task));
    } finally {
      s.guard = 0;
    }
  }

  /** {@code completed} (a future, a completer's root) was completed or released by this thread. */
  public static void signal(Object completed) {
    if (completed == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      emitSignal(ObjectIds.of(completed));
    } finally {
      s.guard = 0;
    }
  }

  /** This thread goes on because {@code awaited} is complete (it may not have blocked at all). */
  public static void await(Object awaited) {
    if (awaited == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      emitAwait(ObjectIds.of(awaited));
    } finally {
      s.guard = 0;
    }
  }

  /** A future's get()/join() returned: depend on its completion if it is complete. */
  public static void awaitIfDone(Object future) {
    if (future instanceof java.util.concurrent.Future<?> f && f.isDone()) {
      await(future);
    }
  }

  /** A CountedCompleter finished its part: signal the root whose completion others await. */
  public static void completerFinished(Object completer) {
    if (completer instanceof java.util.concurrent.CountedCompleter<?> c) {
      signal(c.getRoot());
    }
  }

  public static void blockEnter(String reason) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.blockDepth++ == 0) {
        if (s.pendingForks.size() > 0) {
          ForkJoinHooks.flushForked(s);
        }
        if (s.pendingReleases.size() > 0) {
          flushPendingReleases(s);
        }
        BlockStartEvent e = new BlockStartEvent();
        e.reason = reason;
        e.cpuNanos = cpuNanos(s);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void blockExit() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      // A thread blocked when the agent attached returns through old code: never go below 0.
      if (s.blockDepth > 0 && --s.blockDepth == 0) {
        s.blockedSinceLastAcquire = true;
        BlockEndEvent e = new BlockEndEvent();
        e.cpuNanos = cpuNanos(s);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void unpark(Thread target) {
    if (target == null || target == Thread.currentThread()) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      UnparkEvent e = new UnparkEvent();
      e.cpuNanos = cpuNanos(s);
      e.targetThreadId = target.getId();
      commit(e);
    } finally {
      s.guard = 0;
    }
  }

  /** This thread runs a pool's worker loop: its time outside tasks is scheduling, not work. */
  public static void schedulerLoop() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      s.schedulerLoop = true;
      SchedulerLoopEvent e = new SchedulerLoopEvent();
      e.cpuNanos = cpuNanos(s);
      commit(e);
    } finally {
      s.guard = 0;
    }
  }

  /** An executor accepts a task: it is spawned; the executor's own queueing is not recorded. */
  public static void executorSubmitEnter(Object task) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      s.submitDepth++;
      if (task != null) {
        emitSpawn(ObjectIds.of(task));
      }
    } finally {
      s.guard = 0;
    }
  }

  public static void executorSubmitExit() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.submitDepth > 0) {
        s.submitDepth--;
      }
    } finally {
      s.guard = 0;
    }
  }

  /**
   * A lock (or permit) was taken. Mutual exclusion orders critical sections even when nobody
   * waited, so this depends on the latest release by another task. A lock only one task has used is
   * not recorded at all (the common, uncontended case); it becomes recorded from the first time
   * another task takes it.
   */
  public static void lockAcquired(Object lock) {
    if (lock == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.submitDepth > 0 || s.inSchedulerOnly()) {
        return; // an executor's own queue locks, not the application's
      }
      ObjectIds.Entry e = ObjectIds.entry(lock, s);
      if (s.pendingReleases.size() > 0) {
        resolvePendingRelease(s, e);
      }
      boolean waited = s.blockedSinceLastAcquire;
      s.blockedSinceLastAcquire = false;
      long task = s.currentTaskId(Thread.currentThread());
      long last = e.lastReleasingTask;
      if (last != 0 && last != task) {
        if (!e.shared) {
          e.shared = true; // written once: its threads share this entry's cache line
        }
        if (sampledOut(s, e, waited)) {
          SAMPLED_HANDOFFS.increment();
          return;
        }
        e.handedOver();
        AcquireEvent a = new AcquireEvent();
        a.cpuNanos = cpuNanos(s);
        a.objectId = e.id;
        commit(a);
      } else {
        UNRECORDED_ACQUIRES.increment();
      }
    } finally {
      s.guard = 0;
    }
  }

  /** A lock (or permit) is about to be released. */
  public static void lockReleasing(Object lock) {
    if (lock == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.submitDepth > 0 || s.inSchedulerOnly()) {
        return; // an executor's own queue locks, not the application's
      }
      ObjectIds.Entry e = ObjectIds.entry(lock, s);
      if (s.pendingReleases.size() > 0) {
        resolvePendingRelease(s, e); // released twice (a permit): the earlier one is decided now
      }
      if (e.shared) {
        // committed only if another task takes the lock next (see PendingReleases)
        SignalEvent r = s.pendingReleases.event();
        r.cpuNanos = cpuNanos(s);
        r.objectId = e.id;
        r.begin();
        SignalEvent displaced = s.pendingReleases.add(e, r, e.handoffs());
        if (displaced != null) {
          commit(displaced);
        }
      } else {
        UNRECORDED_RELEASES.increment();
      }
      long task = s.currentTaskId(Thread.currentThread());
      if (e.lastReleasingTask != task) {
        e.lastReleasingTask = task; // a storm's repeated releases by one task write nothing
      }
    } finally {
      s.guard = 0;
    }
  }

  /**
   * Whether this hand-over of {@code lock} (another task released it last; this thread did not
   * block to get it) is left out: this thread recorded one of the same lock less than the
   * coarsening threshold ago. A lock storm then records one hand-over per thread and lock per
   * threshold (and every one that waited), instead of one per acquisition; the left-out ones are
   * counted in the Coarsening event. Their releases go with them: a release is written only when a
   * recorded acquisition follows it ({@link PendingReleases}).
   */
  private static boolean sampledOut(LaneState s, ObjectIds.Entry lock, boolean waited) {
    long interval = ForkJoinHooks.mergeBelowNanos();
    if (interval <= 0) {
      return false;
    }
    long now = System.nanoTime();
    if (!waited && s.lastRecordedHandoff == lock && now - s.lastRecordedHandoffNanos < interval) {
      return true;
    }
    s.lastRecordedHandoff = lock;
    s.lastRecordedHandoffNanos = now;
    return false;
  }

  /** Lock hand-overs left out so far (see {@link #sampledOut}). */
  public static long sampledLockHandoffs() {
    return SAMPLED_HANDOFFS.sum();
  }

  /**
   * This thread takes or releases {@code lock} again: its own pending release of it is committed
   * when another task took the lock since (that acquisition's edge starts there), else dropped
   * (nobody else took it in between, so no acquisition will ever be matched with it).
   */
  private static void resolvePendingRelease(LaneState s, ObjectIds.Entry lock) {
    PendingReleases releases = s.pendingReleases;
    int i = releases.indexOf(lock);
    if (i < 0) {
      return;
    }
    if (lock.handoffs() != releases.handoffsAtRelease(i)) {
      commit(releases.release(i));
      releases.remove(i);
      return;
    }
    if (releases.release(i).cpuNanos >= 0) {
      // the dropped release took the thread's CPU reading: the next event takes one soon
      s.lastCpuReadingNanos =
          readingDueAfter(System.nanoTime(), ForkJoinHooks.DROPPED_READING_RETRY_NANOS);
    }
    releases.drop(i);
  }

  /**
   * Commits every release this thread still holds back, before it blocks or ends: whether another
   * task takes those locks next is unknown, and a thread that never runs again must leave none
   * unwritten.
   */
  static void flushPendingReleases(LaneState s) {
    PendingReleases releases = s.pendingReleases;
    for (int i = 0; i < releases.size(); i++) {
      commit(releases.release(i));
    }
    releases.clear();
  }

  /** A read or write side of a ReentrantReadWriteLock was taken ({@code sync} is shared). */
  public static void readWriteLockAcquired(Object side, Object sync) {
    lockAcquired(sync);
    if (isWriteSide(side) && ObjectIds.entry(sync).shared) {
      acquireKey(key(sync, READ_SIDE));
    }
  }

  public static void readWriteLockReleasing(Object side, Object sync) {
    if (isWriteSide(side)) {
      lockReleasing(sync);
    } else if (ObjectIds.entry(sync).shared) {
      signalKey(key(sync, READ_SIDE));
    }
  }

  private static boolean isWriteSide(Object side) {
    return side.getClass().getName().endsWith("$WriteLock");
  }

  /** A StampedLock was taken for writing or reading (same rules as the read-write lock). */
  public static void stampedLockAcquired(Object lock, boolean write) {
    lockAcquired(lock);
    if (write && ObjectIds.entry(lock).shared) {
      acquireKey(key(lock, READ_SIDE));
    }
  }

  public static void stampedLockReleasing(Object lock, boolean write) {
    if (write) {
      lockReleasing(lock);
    } else if (ObjectIds.entry(lock).shared) {
      signalKey(key(lock, READ_SIDE));
    }
  }

  /** Lock operations left out so far (see {@link #lockAcquired}). */
  public static long[] unrecordedLockOperations() {
    return new long[] {UNRECORDED_ACQUIRES.sum(), UNRECORDED_RELEASES.sum()};
  }

  /** A synthetic key: {@code owner}'s sub-object number {@code part} (a phase, a lock side). */
  public static long key(Object owner, long part) {
    return KEY_SPACE | (ObjectIds.of(owner) << 22) | (part & 0x3F_FFFFL);
  }

  /** Releases the key: like {@link #signal} for a synthetic key. */
  public static void signalKey(long key) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      SignalEvent e = new SignalEvent();
      e.cpuNanos = cpuNanos();
      e.objectId = key;
      commit(e);
    } finally {
      s.guard = 0;
    }
  }

  /** Goes on because everything signalled on the key so far is done. */
  public static void awaitKey(long key) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      emitAwait(key);
    } finally {
      s.guard = 0;
    }
  }

  /** Depends on the latest release of the key by another task. */
  public static void acquireKey(long key) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      AcquireEvent a = new AcquireEvent();
      a.cpuNanos = cpuNanos();
      a.objectId = key;
      commit(a);
    } finally {
      s.guard = 0;
    }
  }

  /** An element goes into a queue or exchanger. */
  public static void put(Object element) {
    if (element == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (s.submitDepth == 0) {
        PutEvent e = new PutEvent();
        e.cpuNanos = cpuNanos();
        e.objectId = ObjectIds.of(element);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  /** An element came out of a queue or exchanger (null: nothing came). */
  public static void take(Object element) {
    if (element == null) {
      return;
    }
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      if (!s.inSchedulerOnly()) {
        TakeEvent e = new TakeEvent();
        e.cpuNanos = cpuNanos();
        e.objectId = ObjectIds.of(element);
        commit(e);
      }
    } finally {
      s.guard = 0;
    }
  }

  /** A dependent CompletableFuture stage fires: it depends on every source already complete. */
  public static void stageFiring(Object completion) {
    if (completion == null) {
      return;
    }
    for (Object source : StageSources.of(completion)) {
      if (source instanceof java.util.concurrent.Future<?> f && f.isDone()) {
        await(source);
      }
    }
  }

  /** CountDownLatch.await returned: when the latch is open, depend on every countDown. */
  public static void latchPassed(Object latch) {
    if (latch instanceof java.util.concurrent.CountDownLatch l && l.getCount() == 0) {
      await(latch);
    }
  }

  public static void labelEnter(String label) {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      LabelEnterEvent e = new LabelEnterEvent();
      e.label = label;
      commit(e);
    } finally {
      s.guard = 0;
    }
  }

  public static void labelExit() {
    LaneState s = enter();
    if (s == null) {
      return;
    }
    try {
      commit(new LabelExitEvent());
    } finally {
      s.guard = 0;
    }
  }

  private static void emitTaskStart(LaneState s, long id, String label) {
    TaskStartEvent e = new TaskStartEvent();
    e.taskId = id;
    e.label = label;
    e.cpuNanos = cpuNanos(s);
    commit(e);
  }

  static void emitSpawn(long id) {
    SpawnEvent e = new SpawnEvent();
    e.cpuNanos = cpuNanos();
    e.taskId = id;
    commit(e);
  }

  static void emitSignal(long id) {
    SignalEvent e = new SignalEvent();
    e.cpuNanos = cpuNanos();
    e.objectId = id;
    commit(e);
  }

  static void emitAwait(long id) {
    AwaitEvent e = new AwaitEvent();
    e.cpuNanos = cpuNanos();
    e.objectId = id;
    commit(e);
  }
}
