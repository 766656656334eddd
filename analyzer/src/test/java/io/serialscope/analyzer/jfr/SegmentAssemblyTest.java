package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.graph.CriticalPath;
import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Timelines written by hand (times in ns) → the segments and edges they must give. */
class SegmentAssemblyTest {
  private final Map<Long, LaneTimeline> lanes = new LinkedHashMap<>();

  private LaneTimeline lane(long tid, String name) {
    return lanes.computeIfAbsent(tid, id -> new LaneTimeline(id, name));
  }

  private static void at(LaneTimeline lane, long t, Kind kind, long id) {
    lane.events.add(
        new LaneEvent(t, kind, id, kind == Kind.TASK_START && id > 0 ? "task" + id : null));
    lane.hasAgentEvents = true;
  }

  private static void label(LaneTimeline lane, long t, String name) {
    lane.events.add(new LaneEvent(t, name == null ? Kind.LABEL_EXIT : Kind.LABEL_ENTER, 0, name));
  }

  private SegmentGraph assemble(long end) {
    lanes.values().forEach(LaneTimeline::sort);
    RawRecording raw =
        new RawRecording(
            lanes, 0, end, new Analysis.Hardware(2, 2, "test", List.of()), 1, new ArrayList<>());
    return RecordingAnalyzer.assemble(raw).graph();
  }

  private static long work(SegmentGraph g) {
    long sum = 0;
    for (int s = 0; s < g.segmentCount(); s++) {
      sum += g.durationNanos(s);
    }
    return sum;
  }

  private static boolean hasEdgeBetweenTasks(SegmentGraph g, String fromLabel, String toLabel) {
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.labelName(g.edgeFrom(e)).equals(fromLabel)
          && g.labelName(g.edgeTo(e)).equals(toLabel)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aWorkersConsecutiveTasksAreNotOrderedByTheWorker() {
    LaneTimeline main = lane(1, "main");
    at(main, 0, Kind.TASK_START, -1);
    at(main, 10, Kind.SPAWN, 10);
    at(main, 10, Kind.SPAWN, 11);
    at(main, 11, Kind.BLOCK_START, 0);
    at(main, 220, Kind.BLOCK_END, 0);
    at(main, 220, Kind.AWAIT, 10);
    at(main, 220, Kind.AWAIT, 11);
    LaneTimeline worker = lane(2, "worker");
    at(worker, 5, Kind.TASK_START, -2);
    at(worker, 6, Kind.SCHEDULER_LOOP, 0);
    at(worker, 12, Kind.TASK_START, 10);
    at(worker, 112, Kind.SIGNAL, 10);
    at(worker, 112, Kind.TASK_END, 10);
    at(worker, 113, Kind.TASK_START, 11);
    at(worker, 213, Kind.SIGNAL, 11);
    at(worker, 213, Kind.TASK_END, 11);
    at(worker, 214, Kind.BLOCK_START, 0);

    SegmentGraph g = assemble(230);

    // main: 0..10, 10..10, 10..11 and 220..230 = 21; worker body before its loop 5..6 = 1;
    // tasks 100 + 100; the worker's idle time in its loop and while parked is not work.
    assertThat(work(g)).isEqualTo(21 + 1 + 200);
    assertThat(hasEdgeBetweenTasks(g, "task10", "task11")).isFalse();
    assertThat(hasEdgeBetweenTasks(g, "main", "task10")).isTrue();
    assertThat(hasEdgeBetweenTasks(g, "task11", "main")).isTrue();
    // span: main 10 → task (100) → main 10 (the spawn cut leaves 0..10 before it)
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(120);
  }

  @Test
  void assemblyLetsTheEventsOfTheLanesItWalkedGo() {
    LaneTimeline main = lane(1, "main");
    at(main, 0, Kind.TASK_START, -1);
    at(main, 100, Kind.TASK_END, -1);

    SegmentGraph g = assemble(100);

    assertThat(work(g)).isEqualTo(100);
    // a recording's lane events are its largest part; kept, they doubled the heap the
    // algorithms ran in
    assertThat(main.events).isEmpty();
  }

  @Test
  void anUnparkWhileTheTargetRunsWakesItsNextPark() {
    LaneTimeline a = lane(1, "a");
    at(a, 0, Kind.TASK_START, -1);
    at(a, 50, Kind.UNPARK, 2);
    LaneTimeline b = lane(2, "b");
    at(b, 0, Kind.TASK_START, -2);
    at(b, 60, Kind.BLOCK_START, 0);
    at(b, 60, Kind.BLOCK_END, 0);

    SegmentGraph g = assemble(100);

    int wakes = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.edgeKind(e) == EdgeKind.WAKE) {
        wakes++;
        assertThat(g.startNanos(g.edgeFrom(e))).isEqualTo(0);
        assertThat(g.durationNanos(g.edgeFrom(e))).isEqualTo(50);
        assertThat(g.startNanos(g.edgeTo(e))).isEqualTo(60);
      }
    }
    assertThat(wakes).isEqualTo(1);
  }

  @Test
  void beforeTheMainBodyStartsNothingIsWorkNotEvenIoOrTheAgentsClassRewriting() {
    // the agent installs itself on main (rewriting classes, reading jars) until 50, then hands
    // main back: its body runs 50..80 and reads a file 60..70
    LaneTimeline main = lane(1, "main");
    main.events.add(new LaneEvent(5, Kind.BLOCK_START, 0, "AgentWork", 1));
    main.events.add(new LaneEvent(15, Kind.BLOCK_END, 0, "AgentWork", 2));
    main.events.add(new LaneEvent(20, Kind.IO_START, 0, "file read"));
    main.events.add(new LaneEvent(30, Kind.IO_END, 0, "file read"));
    at(main, 50, Kind.TASK_START, -1);
    main.events.add(new LaneEvent(60, Kind.IO_START, 0, "file read"));
    main.events.add(new LaneEvent(70, Kind.IO_END, 0, "file read"));
    at(main, 80, Kind.TASK_END, -1);

    SegmentGraph g = assemble(100);

    // 50..60 work, 60..70 blocked on I/O, 70..80 work: nothing before 50
    assertThat(g.segmentCount()).isEqualTo(3);
    assertThat(g.startNanos(0)).isEqualTo(50);
    assertThat(g.kind(1)).isEqualTo(SegmentKind.IO_WAIT);
    assertThat(g.durationNanos(1)).isEqualTo(10);
    assertThat(g.labelName(1)).isEqualTo("file read");
    assertThat(work(g)).isEqualTo(30);
  }

  @Test
  void blockedTimeIsNotWorkAndABlockEndWithoutStartMeansBlockedSinceTheStart() {
    LaneTimeline idle = lane(3, "idle-at-start");
    idle.threadStartNanos = 0;
    at(idle, 40, Kind.BLOCK_END, 0);
    at(idle, 70, Kind.BLOCK_START, 0);
    at(idle, 90, Kind.BLOCK_END, 0);

    SegmentGraph g = assemble(100);

    // 0..40 blocked before anything was seen, 40..70 runs, 70..90 blocked, 90..100 runs
    assertThat(work(g)).isEqualTo(30 + 10);
  }

  @Test
  void labelsDivideASegmentWithoutCuttingIt() {
    LaneTimeline main = lane(1, "main");
    at(main, 0, Kind.TASK_START, -1);
    label(main, 10, "io.acme.Mlp.forward");
    label(main, 40, null);
    label(main, 50, "io.acme.Optimizer.step");
    label(main, 60, null);

    SegmentGraph g = assemble(100);

    assertThat(g.segmentCount()).isEqualTo(1);
    Map<String, Long> parts = new LinkedHashMap<>();
    for (int p = 0; p < g.labelBreakdown().partCount(0); p++) {
      parts.put(
          g.labels().get(g.labelBreakdown().partLabel(0, p)), g.labelBreakdown().partNanos(0, p));
    }
    assertThat(parts)
        .containsEntry("main", 10L + 10 + 40)
        .containsEntry("Mlp.forward", 30L)
        .containsEntry("Optimizer.step", 10L);
    assertThat(g.labelName(0)).isEqualTo("main");
  }

  @Test
  void joiningAThreadDependsOnItsEndEvenWithoutItsBodyEvents() {
    LaneTimeline main = lane(1, "main");
    at(main, 0, Kind.TASK_START, -1);
    at(main, 10, Kind.SPAWN, -2);
    at(main, 11, Kind.BLOCK_START, 0);
    at(main, 80, Kind.BLOCK_END, 0);
    at(main, 80, Kind.AWAIT, -2);
    LaneTimeline child = lane(2, "child");
    child.threadStartNanos = 12;
    child.threadEndNanos = 75;
    at(child, 30, Kind.UNPARK, 7);

    SegmentGraph g = assemble(100);

    // child body 12..75 (an application Thread subclass: no TaskStart/TaskEnd of its own)
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(10 + 63 + 20);
  }

  @Test
  void anAwaitSeenJustBeforeItsCompletionEventStillDependsOnIt() {
    LaneTimeline main = lane(1, "main");
    at(main, 0, Kind.TASK_START, -1);
    at(main, 10, Kind.SPAWN, 5);
    at(main, 11, Kind.BLOCK_START, 0);
    at(main, 60, Kind.BLOCK_END, 0);
    at(main, 60, Kind.AWAIT, 5);
    LaneTimeline worker = lane(2, "worker");
    at(worker, 12, Kind.TASK_START, 5);
    // the waiter saw the result at 60; the completer's event was written at 61
    at(worker, 61, Kind.SIGNAL, 5);
    at(worker, 61, Kind.TASK_END, 5);

    SegmentGraph g = assemble(70);

    assertThat(hasEdgeBetweenTasks(g, "task5", "main")).isTrue();
    assertThat(RecordingAnalyzer.assemble(rawOf(70)).unmatchedAwaits()).isZero();
  }

  private RawRecording rawOf(long end) {
    return new RawRecording(
        lanes, 0, end, new Analysis.Hardware(2, 2, "test", List.of()), 1, new ArrayList<>());
  }

  @Test
  void aMonitorHandOffCarriesOnlyTheWorkBeforeTheRelease() {
    LaneTimeline owner = lane(1, "owner");
    at(owner, 0, Kind.TASK_START, -1);
    LaneTimeline waiter = lane(2, "waiter");
    at(waiter, 0, Kind.TASK_START, -2);
    // JFR: the waiter entered a contended monitor from 10 to 30; the owner released it by 30
    waiter.events.add(new LaneEvent(10, Kind.BLOCK_START, 0, "JavaMonitorEnter"));
    waiter.events.add(new LaneEvent(30, Kind.BLOCK_END, 0, "JavaMonitorEnter"));
    waiter.events.add(new LaneEvent(30, Kind.MONITOR_HANDOFF, 1, null));

    SegmentGraph g = assemble(100);

    // owner runs 0..100 and is cut at 30; waiter 0..10, then 30..100 after the owner's 0..30
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(30 + 70);
    assertThat(work(g)).isEqualTo(100 + 10 + 70);
  }

  @Test
  void aMonitorReleasedBeforeTheOwnersNextTaskHandsOnTheTaskThatHeldIt() {
    LaneTimeline worker = lane(1, "worker");
    at(worker, 0, Kind.TASK_START, -1);
    at(worker, 1, Kind.SCHEDULER_LOOP, 0);
    at(worker, 10, Kind.TASK_START, 100); // holds the monitor to its end at 50
    at(worker, 50, Kind.TASK_END, 100);
    at(worker, 51, Kind.TASK_START, 101); // unrelated next task, still running at 70
    at(worker, 90, Kind.TASK_END, 101);
    LaneTimeline waiter = lane(2, "waiter");
    at(waiter, 0, Kind.TASK_START, -2);
    waiter.events.add(new LaneEvent(20, Kind.BLOCK_START, 0, "JavaMonitorEnter"));
    waiter.events.add(new LaneEvent(70, Kind.BLOCK_END, 0, "JavaMonitorEnter"));
    waiter.events.add(new LaneEvent(70, Kind.MONITOR_HANDOFF, 1, null));

    SegmentGraph g = assemble(100);

    // waiter's part after the monitor follows task 100 (10..50), not task 101's start
    assertThat(hasEdgeBetweenTasks(g, "task100", "waiter")).isTrue();
    assertThat(hasEdgeBetweenTasks(g, "task101", "waiter")).isFalse();
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(40 + 30);
  }

  @Test
  void aNotifierThatStartedDuringTheWaitHandsOnFromWhereItWasAtTheWaitsEnd() {
    LaneTimeline waiter = lane(2, "b");
    at(waiter, 0, Kind.TASK_START, -2);
    waiter.events.add(new LaneEvent(5, Kind.BLOCK_START, 0, "JavaMonitorWait"));
    waiter.events.add(new LaneEvent(60, Kind.BLOCK_END, 0, "JavaMonitorWait"));
    waiter.events.add(new LaneEvent(60, Kind.MONITOR_HANDOFF, 1, null));
    at(waiter, 100, Kind.TASK_END, -2);
    LaneTimeline notifier = lane(1, "a"); // started while b waited, notified b at about 60
    at(notifier, 10, Kind.TASK_START, -1);
    at(notifier, 100, Kind.TASK_END, -1);

    SegmentGraph g = assemble(100);

    // b's 5 before, a's 50 up to the notification, then b's 40 after it
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(50 + 40);
  }

  @Test
  void anObjectCompletedThousandsOfTimesByOneTaskCostsOneEdgePerAwait() {
    LaneTimeline completer = lane(1, "completer");
    LaneTimeline waiter = lane(2, "waiter");
    at(completer, 0, Kind.TASK_START, -1);
    at(waiter, 0, Kind.TASK_START, -2);
    for (int i = 1; i <= 2000; i++) {
      at(completer, 10L * i, Kind.SIGNAL, 77);
      at(waiter, 10L * i + 5, Kind.AWAIT, 77);
    }

    SegmentGraph g = assemble(30_000);

    // program order on each lane (about 2 × 2000) plus one join per await; every earlier
    // completion by the same task would be 2000 · 2001 / 2 ≈ 2 million edges
    assertThat(g.edgeCount()).isLessThan(3 * 2000 + 10);
    // the waiter's last part depends on the completion at 20 000: 20 000 + 9 995, just under the
    // completer's own 30 000; without the join it would be the waiter's own 30 000 as well
    assertThat(CriticalPath.of(g).spanNanos()).isEqualTo(30_000);
    assertThat(g.edgeCount()).isGreaterThan(2 * 2000); // the joins are there
  }

  @Test
  void aHandOffBeforeTheAgentStartedTheMainThreadIsNotWork() {
    LaneTimeline main = lane(1, "main");
    // JFR's own thread waited for a monitor main held while the agent started JFR
    LaneTimeline jfr = lane(2, "JFR Periodic Tasks");
    jfr.events.add(new LaneEvent(5, Kind.BLOCK_START, 0, "JavaMonitorEnter"));
    jfr.events.add(new LaneEvent(8, Kind.BLOCK_END, 0, "JavaMonitorEnter"));
    jfr.events.add(new LaneEvent(8, Kind.MONITOR_HANDOFF, 1, null));
    at(main, 50, Kind.TASK_START, -1);
    at(main, 100, Kind.TASK_END, -1);

    SegmentGraph g = assemble(100);

    assertThat(work(g)).isEqualTo(50);
  }

  @Test
  void theJdksOwnServiceThreadsAreNotLanesOfTheWorkload() {
    LaneTimeline vt = lane(30, "virtual");
    at(vt, 0, Kind.TASK_START, -30);
    at(vt, 100, Kind.TASK_END, -30);
    LaneTimeline unblocker = lane(3, "VirtualThread-unblocker");
    at(unblocker, 0, Kind.BLOCK_END, 0);
    at(unblocker, 50, Kind.UNPARK, 30);
    at(unblocker, 51, Kind.BLOCK_START, 0);
    LaneTimeline delay = lane(4, "ForkJoinPool-1-delayScheduler");
    at(delay, 0, Kind.UNPARK, 30);

    SegmentGraph g = assemble(200);

    assertThat(g.lanes()).hasSize(1);
    assertThat(work(g)).isEqualTo(100);
  }

  @Test
  void segmentsThatWaitedForACoreAreScaledDownToTheThreadsCpuTime() {
    LaneTimeline worker = lane(1, "worker");
    worker.events.add(new LaneEvent(0, Kind.TASK_START, -1, null, 1_000));
    worker.events.add(new LaneEvent(40, Kind.SPAWN, 9, null));
    // 100 ns of wall time, but the thread got only 50 ns of CPU: it shared a core
    worker.events.add(new LaneEvent(100, Kind.TASK_END, -1, null, 1_050));
    worker.hasAgentEvents = true;

    SegmentGraph g = assemble(100);

    assertThat(work(g)).isEqualTo(50);
    assertThat(g.durationNanos(0)).isEqualTo(20);
    assertThat(g.durationNanos(1)).isEqualTo(30);
  }

  @Test
  void tasksCutByTheRecordingAreCountedNotFatal() {
    LaneTimeline worker = lane(1, "worker");
    at(worker, 0, Kind.TASK_START, -1);
    at(worker, 10, Kind.TASK_END, 77); // began before the recording
    at(worker, 20, Kind.TASK_START, 78); // never ends
    at(worker, 20, Kind.AWAIT, 12345); // waits for something never recorded
    at(worker, 20, Kind.TASK_START, 79); // a tie
    LaneTimeline gone = lane(2, "died");
    gone.threadEndNanos = 30;
    at(gone, 25, Kind.SIGNAL, 1);

    lanes.values().forEach(LaneTimeline::sort);
    RecordingAnalyzer.Assembled a = RecordingAnalyzer.assemble(rawOf(50));

    assertThat(a.endsWithoutStart()).isEqualTo(1);
    assertThat(a.unfinishedTasks()).isEqualTo(2);
    assertThat(a.unmatchedAwaits()).isEqualTo(1);
    assertThat(work(a.graph())).isEqualTo(50 + 5);
  }
}
