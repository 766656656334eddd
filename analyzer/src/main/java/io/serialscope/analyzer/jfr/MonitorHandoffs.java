package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JFR tells, on the thread that entered a contended monitor (or was notified), which thread let it
 * go on, but the releasing thread wrote no event at its release. This turns each such hand-off into
 * a signal on the releasing thread's timeline at the hand-off instant, so that its running segment
 * is cut there, and an await of that signal on the entering thread: the edge then carries only the
 * work done before the release, not the rest of the releaser's segment.
 */
final class MonitorHandoffs {
  /** Keys of hand-offs live apart from object ids, thread ids and the agent's synthetic keys. */
  private static final long KEY_SPACE = 1L << 61;

  private MonitorHandoffs() {}

  static void splitIntoSignalAndAwait(Map<Long, LaneTimeline> lanes) {
    long next = 0;
    List<LaneTimeline> touched = new ArrayList<>();
    for (LaneTimeline lane : lanes.values()) {
      if (lane.events.stream().noneMatch(e -> e.kind() == Kind.MONITOR_HANDOFF)) {
        continue;
      }
      List<LaneEvent> rewritten = new ArrayList<>(lane.events.size());
      for (LaneEvent e : lane.events) {
        if (e.kind() != Kind.MONITOR_HANDOFF) {
          rewritten.add(e);
          continue;
        }
        LaneTimeline owner = lanes.get(e.id());
        if (owner == null || owner == lane) {
          continue; // the owner did nothing the agent saw: no edge to place
        }
        long key = KEY_SPACE | next++;
        rewritten.add(new LaneEvent(e.timeNanos(), Kind.AWAIT, key, null));
        owner.events.add(new LaneEvent(e.timeNanos(), Kind.SIGNAL, key, null));
        touched.add(owner);
      }
      lane.events.clear();
      lane.events.addAll(rewritten);
    }
    touched.forEach(LaneTimeline::sort);
  }
}
