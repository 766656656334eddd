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
                    Hooks.lockAcquired(lock);
                    Hooks.lockReleasing(lock);
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
    long threshold = ForkJoinHooks.mergeBelowNanos();
    ForkJoinHooks.mergeTasksBelow(10_000_000_000L); // merged however slowly this test runs
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
    try {
      forker.start();
      forker.join();
    } finally {
      ForkJoinHooks.mergeTasksBelow(threshold);
    }

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
