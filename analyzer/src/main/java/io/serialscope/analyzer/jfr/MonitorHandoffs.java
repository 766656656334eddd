package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JFR tells, on the thread that entered a contended monitor (or was notified), which thread let it
 * go on, but the releasing thread wrote no event at its release. This turns each such hand-off into
 * a signal on the releasing thread's timeline and an await of that signal on the entering thread:
 * the edge then carries only the work done before the release, not the rest of the releaser's
 * segment.
 *
 * <p>The release happened while the entering thread was blocked, at a moment JFR does not give. The
 * signal goes at the end of the wait, unless the releaser ended a task during the wait that it was
 * already running when the wait began: then the release was before that task's end (a task does not
 * keep a monitor past its end), and the signal goes just before it. Otherwise a pool worker that
 * released the monitor at the end of one task and started the next would hand its next task's first
 * microseconds to the waiter, and the chain of critical sections would break.
 */
final class MonitorHandoffs {
  /** Keys of hand-offs live apart from object ids, thread ids and the agent's synthetic keys. */
  private static final long KEY_SPACE = 1L << 61;

  private MonitorHandoffs() {}

  static void splitIntoSignalAndAwait(Map<Long, LaneTimeline> lanes) {
    long next = 0;
    Map<LaneTimeline, Long> bodyStarts = new IdentityHashMap<>();
    Map<LaneTimeline, List<LaneEvent>> signals = new IdentityHashMap<>();
    for (LaneTimeline lane : lanes.values()) {
      if (!hasHandOffs(lane.events)) {
        continue;
      }
      List<LaneEvent> rewritten = new ArrayList<>(lane.events.size());
      long waitStart = Long.MIN_VALUE;
      for (LaneEvent e : lane.events) {
        if (e.kind() == Kind.BLOCK_START && isMonitorWait(e.text())) {
          waitStart = e.timeNanos();
        }
        if (e.kind() != Kind.MONITOR_HANDOFF) {
          rewritten.add(e);
          continue;
        }
        LaneTimeline owner = lanes.get(e.id());
        if (owner == null || owner == lane) {
          continue; // the owner did nothing the agent saw: no edge to place
        }
        if (e.timeNanos() < bodyStarts.computeIfAbsent(owner, MonitorHandoffs::bodyStart)
            || e.timeNanos() < bodyStarts.computeIfAbsent(lane, MonitorHandoffs::bodyStart)) {
          // before the agent started the thread's body (the main thread while the agent and JFR
          // start up): not the workload's dependency, and a cut there would make it work
          continue;
        }
        long key = KEY_SPACE | next++;
        rewritten.add(new LaneEvent(e.timeNanos(), Kind.AWAIT, key, null));
        long released = releaseTime(owner, waitStart, e.timeNanos());
        signals
            .computeIfAbsent(owner, o -> new ArrayList<>())
            .add(new LaneEvent(released, Kind.SIGNAL, key, null));
      }
      lane.events.clear();
      lane.events.addAll(rewritten);
    }
    // added only now: the owners' timelines are searched by time above and must stay sorted
    signals.forEach(
        (owner, added) -> {
          owner.events.addAll(added);
          owner.sort();
        });
  }

  private static boolean hasHandOffs(LaneEvents events) {
    for (int i = 0; i < events.size(); i++) {
      if (events.kind(i) == Kind.MONITOR_HANDOFF) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMonitorWait(String reason) {
    return "JavaMonitorEnter".equals(reason) || "JavaMonitorWait".equals(reason);
  }

  /**
   * The latest moment the owner can have released: the end of the wait, or just before the end of a
   * task the owner was already running when the wait began (a monitor taken in a task is let go
   * before that task ends). Tasks that began during the wait are passed over: a thread that starts
   * running (or starts a task) while another waits may be the one that takes and releases the
   * monitor. When in doubt the earlier moment is chosen: an edge from a little earlier on the
   * owner's timeline is a weaker constraint, never a false one.
   */
  static long releaseTime(LaneTimeline owner, long waitStart, long waitEnd) {
    LaneEvents events = owner.events;
    int lo = 0;
    int hi = events.size();
    while (lo < hi) { // first event at or after waitStart
      int mid = (lo + hi) >>> 1;
      if (events.timeNanos(mid) < waitStart) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Set<Long> startedDuringWait = new HashSet<>();
    for (int i = lo; i < events.size() && events.timeNanos(i) < waitEnd; i++) {
      Kind kind = events.kind(i);
      if (kind == Kind.TASK_START) {
        startedDuringWait.add(events.id(i));
      } else if (kind == Kind.TASK_END && !startedDuringWait.contains(events.id(i))) {
        return events.timeNanos(i) - 1;
      }
    }
    return waitEnd;
  }

  /** When the agent saw the thread's body start, or the earliest time when it never did. */
  private static long bodyStart(LaneTimeline lane) {
    long bodyTask = -lane.javaThreadId;
    LaneEvents events = lane.events;
    for (int i = 0; i < events.size(); i++) {
      if (events.kind(i) == Kind.TASK_START && events.id(i) == bodyTask) {
        return events.timeNanos(i);
      }
    }
    return Long.MIN_VALUE;
  }
}
