package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the two ends of cross-thread edges while lanes are walked (in any order), then joins
 * them: spawn → the task's first segment, signals → awaits, unparks → the target's next resume.
 */
final class EdgeBook {
  /** A segment and the instant an edge leaves or enters it. */
  record Point(int segment, long timeNanos) {}

  private record Await(long objectId, Point point) {}

  private final Map<Long, List<Point>> spawns = new HashMap<>();
  private final Map<Long, List<Point>> firstSegments = new HashMap<>();
  private final Map<Long, List<Point>> signals = new HashMap<>();
  private final List<Await> awaits = new ArrayList<>();
  private final Map<Long, List<Point>> unparks = new HashMap<>();
  private final Map<Long, List<Point>> resumes = new HashMap<>();
  private long unmatchedAwaits;

  void spawn(long taskId, int segment, long time) {
    add(spawns, taskId, new Point(segment, time));
  }

  void taskFirstSegment(long taskId, int segment, long time) {
    add(firstSegments, taskId, new Point(segment, time));
  }

  void signal(long objectId, int segment, long time) {
    add(signals, objectId, new Point(segment, time));
  }

  void await(long objectId, int segment, long time) {
    awaits.add(new Await(objectId, new Point(segment, time)));
  }

  void unpark(long targetThreadId, int segment, long time) {
    add(unparks, targetThreadId, new Point(segment, time));
  }

  void resume(long threadId, int segment, long time) {
    add(resumes, threadId, new Point(segment, time));
  }

  /** Awaits that found no completion of what they awaited (the completion was not recorded). */
  long unmatchedAwaits() {
    return unmatchedAwaits;
  }

  void addEdgesTo(SegmentGraphBuilder graph) {
    linkSpawns(graph);
    linkAwaits(graph);
    linkUnparks(graph);
  }

  /** A task spawned several times (re-submitted) starts after the latest spawn before it. */
  private void linkSpawns(SegmentGraphBuilder graph) {
    for (Map.Entry<Long, List<Point>> e : firstSegments.entrySet()) {
      List<Point> sources = spawns.get(e.getKey());
      if (sources == null) {
        continue;
      }
      for (Point first : e.getValue()) {
        Point best = null;
        for (Point s : sources) {
          if (s.timeNanos() <= first.timeNanos()
              && (best == null || s.timeNanos() > best.timeNanos())) {
            best = s;
          }
        }
        if (best != null) {
          graph.addEdge(best.segment(), first.segment(), EdgeKind.SPAWN);
        }
      }
    }
  }

  /**
   * An await depends on every completion of its object recorded before it. When every recorded
   * completion is later, the await still proves one happened first (a waiter can see the result a
   * moment before the completer's event is written): it depends on the earliest.
   */
  private void linkAwaits(SegmentGraphBuilder graph) {
    for (Await a : awaits) {
      List<Point> sources = signals.get(a.objectId());
      if (sources == null) {
        unmatchedAwaits++;
        continue;
      }
      Point earliest = null;
      boolean matched = false;
      for (Point s : sources) {
        if (s.segment() == a.point().segment()) {
          continue;
        }
        if (s.timeNanos() <= a.point().timeNanos()) {
          graph.addEdge(s.segment(), a.point().segment(), EdgeKind.JOIN);
          matched = true;
        } else if (earliest == null || s.timeNanos() < earliest.timeNanos()) {
          earliest = s;
        }
      }
      if (!matched && earliest != null) {
        graph.addEdge(earliest.segment(), a.point().segment(), EdgeKind.JOIN);
        matched = true;
      }
      if (!matched) {
        unmatchedAwaits++;
      }
    }
  }

  /**
   * LockSupport permits: every unpark of a thread is consumed by that thread's next return from
   * blocking (at or after the unpark), even when it was not blocked when unparked.
   */
  private void linkUnparks(SegmentGraphBuilder graph) {
    Comparator<Point> byTime = Comparator.comparingLong(Point::timeNanos);
    for (Map.Entry<Long, List<Point>> e : unparks.entrySet()) {
      List<Point> wakes = resumes.get(e.getKey());
      if (wakes == null) {
        continue;
      }
      List<Point> sources = e.getValue();
      sources.sort(byTime);
      wakes.sort(byTime);
      int next = 0;
      for (Point resume : wakes) {
        while (next < sources.size() && sources.get(next).timeNanos() <= resume.timeNanos()) {
          graph.addEdge(sources.get(next).segment(), resume.segment(), EdgeKind.WAKE);
          next++;
        }
      }
    }
  }

  private static void add(Map<Long, List<Point>> map, long key, Point p) {
    map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(p);
  }
}
