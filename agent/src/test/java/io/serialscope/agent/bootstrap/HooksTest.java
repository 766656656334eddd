package io.serialscope.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hooks called directly, recorded by an in-process JFR recording. */
class HooksTest {
  /** The thread a lock test's hooks run on (see {@link #recordOnItsOwnThread}). */
  private static final String TAKER = "taker";

  @TempDir Path dir;

  @BeforeAll
  static void enable() {
    Hooks.enable();
  }

  private List<RecordedEvent> record(Runnable hooks) throws Exception {
    Path file = dir.resolve("hooks.jfr");
    try (Recording r = new Recording()) {
      r.enable("serialscope.Signal");
      r.enable("serialscope.Take");
      r.enable("serialscope.Acquire");
      r.enable("serialscope.TaskEnd");
      r.start();
      hooks.run();
      r.stop();
      r.dump(file);
    }
    return RecordingFile.readAllEvents(file);
  }

  @Test
  void theJdkThreadsThatRemountVirtualThreadsRunNoHook() throws Exception {
    Object fromUnblocker = new Object();
    Object fromApplication = new Object();
    List<RecordedEvent> events =
        record(
            () -> {
              runOnThread("VirtualThread-unblocker", () -> Hooks.signal(fromUnblocker));
              runOnThread("pool-1-thread-1", () -> Hooks.signal(fromApplication));
            });

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.Signal"))
        .extracting(e -> e.getThread().getJavaName())
        .containsExactly("pool-1-thread-1");
    assertThat(LaneState.remountsVirtualThreads("VirtualThread-unparker")).isTrue();
    assertThat(LaneState.remountsVirtualThreads("Read-Poller")).isTrue();
    assertThat(LaneState.remountsVirtualThreads("ForkJoinPool-1-delayScheduler")).isTrue();
    assertThat(LaneState.remountsVirtualThreads("ForkJoinPool-1-worker-1")).isFalse();
    assertThat(LaneState.remountsVirtualThreads("main")).isFalse();
  }

  /** A new thread "other" takes and releases {@code lock} and blocks once (writing its release). */
  private static void takeOnceOnAnotherThread(Object lock) {
    runOnThread(
        "other",
        () -> {
          Hooks.lockAcquired(lock);
          Hooks.lockReleasing(lock);
          Hooks.blockEnter("test"); // writes what the thread held back
          Hooks.blockExit();
        });
  }

  /** Runs {@code body} on a new thread of that name and waits for it. */
  private static void runOnThread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aHookThatIgnoresItsArgumentsLeavesTheThreadUsable() throws Exception {
    Object future = new Object();
    List<RecordedEvent> events =
        record(
            () -> {
              Hooks.take(null); // a poll() that found nothing
              Hooks.unpark(Thread.currentThread());
              Hooks.signal(null);
              Hooks.signal(future);
            });

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.Signal"))
        .singleElement()
        .satisfies(e -> assertThat(e.getLong("objectId")).isEqualTo(ObjectIds.of(future)));
  }

  @Test
  void aLockOnlyOneTaskUsesIsNotRecordedUntilAnotherTaskTakesIt() throws Exception {
    Object lock = new Object();
    List<RecordedEvent> events =
        record(
            () -> {
              for (int i = 0; i < 100; i++) {
                Hooks.lockAcquired(lock);
                Hooks.lockReleasing(lock);
              }
              runOnThread(
                  "other",
                  () -> {
                    Hooks.threadRunEnter(); // what the woven Thread.run calls
                    Hooks.lockAcquired(lock);
                    Hooks.lockReleasing(lock);
                    Hooks.threadRunExit(); // writes the release it held back
                  });
            });

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.Acquire"))
        .hasSize(1);
    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.Signal"))
        .hasSize(1);
  }

  @Test
  void aLockReleaseIsWrittenOnlyWhenAnotherTaskTakesTheLockNext() throws Exception {
    Object lock = new Object();
    Runnable otherTakesItOnce = () -> takeOnceOnAnotherThread(lock);
    List<RecordedEvent> events =
        withoutSampling(
            () ->
                recordOnItsOwnThread(
                    () -> {
                      Hooks.lockAcquired(lock);
                      Hooks.lockReleasing(lock);
                      otherTakesItOnce.run(); // now the lock is shared
                      for (int i = 0; i < 100; i++) {
                        Hooks.lockAcquired(lock);
                        Hooks.lockReleasing(lock);
                      }
                      otherTakesItOnce.run(); // matched with this thread's last release only
                      Hooks.lockAcquired(lock);
                      Hooks.lockReleasing(lock);
                      Hooks.blockEnter("test");
                      Hooks.blockExit();
                    }));

    List<RecordedEvent> acquires = named(events, "serialscope.Acquire");
    List<RecordedEvent> takerReleases =
        named(events, "serialscope.Signal").stream()
            .filter(e -> e.getThread().getJavaName().equals(TAKER))
            .toList();
    assertThat(acquires)
        .extracting(e -> e.getThread().getJavaName())
        .containsExactly("other", TAKER, "other", TAKER);
    // of the 101 releases the loop and the last take made, the two another task took it after
    assertThat(takerReleases).hasSize(2);
    assertThat(named(events, "serialscope.Signal")).hasSize(4);
    // written late, each keeps its true time: before the other thread's acquisition it enables
    assertThat(takerReleases.get(0).getStartTime()).isBefore(acquires.get(2).getStartTime());
    assertThat(takerReleases.get(0).getStartTime()).isAfter(acquires.get(1).getStartTime());
    assertThat(takerReleases)
        .allSatisfy(e -> assertThat(e.getLong("objectId")).isEqualTo(ObjectIds.of(lock)));
  }

  @Test
  void aThreadThatOnlyReleasesPermitsWritesTheReleasesAnotherTaskTookAfter() throws Exception {
    Object permits = new Object();
    Runnable consumerTakesOne = () -> runOnThread("consumer", () -> Hooks.lockAcquired(permits));
    List<RecordedEvent> events =
        withoutSampling(
            () ->
                recordOnItsOwnThread(
                    () -> {
                      Hooks.lockAcquired(permits);
                      Hooks.lockReleasing(permits);
                      consumerTakesOne.run(); // shared from here on
                      Hooks.lockReleasing(
                          permits); // nobody takes it before the next release: dropped
                      Hooks.lockReleasing(permits); // the consumer takes it next: written
                      consumerTakesOne.run();
                      Hooks.lockReleasing(permits); // held back until the thread blocks
                      Hooks.blockEnter("test");
                      Hooks.blockExit();
                    }));

    List<RecordedEvent> acquires = named(events, "serialscope.Acquire");
    List<RecordedEvent> releases = named(events, "serialscope.Signal");
    assertThat(acquires).hasSize(2);
    assertThat(releases).hasSize(2);
    assertThat(releases.get(0).getStartTime())
        .isAfter(acquires.get(0).getStartTime())
        .isBefore(acquires.get(1).getStartTime());
    assertThat(releases.get(1).getStartTime()).isAfter(acquires.get(1).getStartTime());
  }

  @Test
  void aStormsHandoversAreSampledOncePerThresholdAndEveryWaitIsKept() throws Exception {
    Object lock = new Object();
    Runnable anotherTaskTakesIt = () -> takeOnceOnAnotherThread(lock);
    long sampledBefore = Hooks.sampledLockHandoffs();
    List<RecordedEvent> events =
        withThreshold(
            60_000_000_000L, // a minute: nothing here takes that long
            () ->
                recordOnItsOwnThread(
                    () -> {
                      anotherTaskTakesIt.run();
                      for (int i = 0; i < 5; i++) {
                        Hooks.lockAcquired(lock); // a hand-over each time: recorded the first
                        Hooks.lockReleasing(lock);
                        anotherTaskTakesIt.run();
                      }
                      Hooks.blockEnter("test"); // as lock() parks when the lock is held
                      Hooks.blockExit();
                      Hooks.lockAcquired(lock); // waited: recorded whatever the threshold
                      Hooks.lockReleasing(lock);
                    }));

    assertThat(named(events, "serialscope.Acquire"))
        .filteredOn(e -> e.getThread().getJavaName().equals(TAKER))
        .hasSize(2);
    assertThat(Hooks.sampledLockHandoffs() - sampledBefore).isEqualTo(4);
  }

  /**
   * {@link #record} with {@code hooks} run on a fresh thread named "taker": what a lock test's
   * thread holds back (PendingReleases) and remembers stays out of the other tests.
   */
  private List<RecordedEvent> recordOnItsOwnThread(Runnable hooks) throws Exception {
    return record(() -> runOnThread(TAKER, hooks));
  }

  /** Runs {@code recording} with hand-over sampling off (see Hooks#sampledOut). */
  private static <T> T withoutSampling(java.util.concurrent.Callable<T> recording)
      throws Exception {
    return withThreshold(0, recording);
  }

  /**
   * Runs {@code body} with the coarsening threshold (merging and hand-over sampling) set to {@code
   * nanos}, and restores it.
   */
  private static <T> T withThreshold(long nanos, java.util.concurrent.Callable<T> body)
      throws Exception {
    long threshold = ForkJoinHooks.mergeBelowNanos();
    ForkJoinHooks.mergeTasksBelow(nanos);
    try {
      return body.call();
    } finally {
      ForkJoinHooks.mergeTasksBelow(threshold);
    }
  }

  private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(name))
        .sorted(java.util.Comparator.comparing(RecordedEvent::getStartTime))
        .toList();
  }

  @Test
  void theThreadsCpuClockIsReadAtMostOncePerInterval() {
    LaneState s = new LaneState(Thread.currentThread());

    long t = 1_000_000_000L;
    long first = Hooks.cpuNanos(s, t);
    long soonAfter = Hooks.cpuNanos(s, t + Hooks.CPU_READING_INTERVAL_NANOS - 1);
    long later = Hooks.cpuNanos(s, t + Hooks.CPU_READING_INTERVAL_NANOS);

    assertThat(first).isPositive();
    assertThat(soonAfter).isEqualTo(-1); // skipped: the syscall costs more than the event
    assertThat(later).isGreaterThanOrEqualTo(first);
  }

  @Test
  void aReadingDroppedWithAMergedTaskIsNotRetakenAtTheVeryNextFork() throws Exception {
    Object task = new Object();
    long[] readingOnSpawn = new long[1];
    long[] beforeMerge = new long[1];
    LaneState[] state = new LaneState[1];
    Thread forker =
        new Thread(
            () -> {
              ForkJoinHooks.forked(task); // a reading is due: this thread never took one
              LaneState s = Hooks.enter();
              s.guard = 0;
              readingOnSpawn[0] =
                  ((io.serialscope.agent.bootstrap.events.SpawnEvent) s.pendingForks.spawn(0))
                      .cpuNanos;
              ForkJoinHooks.execStart(task);
              beforeMerge[0] = System.nanoTime();
              ForkJoinHooks.done(task);
              ForkJoinHooks.execEnd(task);
              state[0] = s;
            });
    withThreshold(
        10_000_000_000L, // merged however slowly this test runs
        () -> {
          forker.start();
          forker.join();
          return null;
        });

    assertThat(readingOnSpawn[0]).as("a spawn that may be recorded after all").isPositive();
    assertThat(ForkJoinHooks.mergedTasks()).isPositive();
    // the reading went with the merged task; the next is due only after the retry delay: retaken
    // at once, every fork of a storm would pay for one
    assertThat(state[0].lastCpuReadingNanos)
        .isGreaterThanOrEqualTo(
            Hooks.readingDueAfter(beforeMerge[0], ForkJoinHooks.DROPPED_READING_RETRY_NANOS));
  }

  @Test
  void disabledHooksRecordNothing() throws Exception {
    Object whileOff = new Object();
    Object afterwards = new Object();
    List<RecordedEvent> events =
        record(
            () -> {
              Hooks.disable();
              try {
                Hooks.signal(whileOff);
              } finally {
                Hooks.enable();
              }
              Hooks.signal(afterwards);
            });

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.Signal"))
        .singleElement()
        .satisfies(e -> assertThat(e.getLong("objectId")).isEqualTo(ObjectIds.of(afterwards)));
  }

  @Test
  void aNewSessionForgetsTasksThatWereRunningWhenTheLastOneStopped() throws Exception {
    Object runningAtStop = new Object();
    Object next = new Object();
    List<RecordedEvent> events =
        record(
            () -> {
              Hooks.taskStart(runningAtStop);
              Hooks.disable(); // an attach session ends, and a new one begins
              Hooks.enable();
              Hooks.taskEnd(runningAtStop);
              Hooks.taskStart(next);
              Hooks.taskEnd(next);
            });

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("serialscope.TaskEnd"))
        .singleElement()
        .satisfies(e -> assertThat(e.getLong("taskId")).isEqualTo(ObjectIds.of(next)));
  }

  @Test
  void idsAreStableAndDistinctPerIdentity() {
    Object a = new Object();
    Object b = new Object();
    assertThat(ObjectIds.of(a)).isEqualTo(ObjectIds.of(a)).isNotEqualTo(ObjectIds.of(b));
    assertThat(ObjectIds.of(null)).isZero();
  }
}
