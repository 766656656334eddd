package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the two ends of cross-thread edges while lanes are walked (in any order), then joins
 * them: spawn → the task's first segment, signals → awaits, a lock's latest release → its next
 * acquisition, put → take of the same element, unparks → the target's next resume.
 */
final class EdgeBook {
  private static final Comparator<Point> BY_TIME = Comparator.comparingLong(Point::timeNanos);

  /**
   * An await links to the latest completion of at most this many distinct tasks: enough for any
   * latch or barrier of real width, and it keeps an object completed millions of times (a reused
   * future, a condition) from costing edges quadratic in its completions.
   */
  static final int MAX_COMPLETERS_PER_AWAIT = 1024;

  /** A segment of a task and the instant an edge leaves or enters it. */
  record Point(int segment, long timeNanos, int task) {}

  private record Target(long key, Point point) {}

  private record FirstSegment(Point point, int fallbackPredecessor) {}

  private final KeyedLists<Point> spawns = new KeyedLists<>();
  private final KeyedLists<FirstSegment> firstSegments = new KeyedLists<>();
  private final KeyedLists<Point> signals = new KeyedLists<>();
  private final List<Target> awaits = new ArrayList<>();
  private final List<Target> acquires = new ArrayList<>();
  private final KeyedLists<Point> puts = new KeyedLists<>();
  private final List<Target> takes = new ArrayList<>();
  private final KeyedLists<Point> unparks = new KeyedLists<>();
  private final KeyedLists<Point> resumes = new KeyedLists<>();
  private long unmatchedAwaits;

  /** GPU correlation id → the CPU segment that enqueued it; GPU wait key → the resuming one. */
  private final Map<Long, Point> gpuSubmits = new HashMap<>();

  private final Map<Long, Point> gpuResumes = new HashMap<>();

  void spawn(long taskId, Point p) {
    spawns.add(taskId, p);
  }

  /**
   * The first segment of a task; {@code fallbackPredecessor} (or -1) is the segment of the task
   * that ran it inline, used only when no spawn of the task was recorded.
   */
  void taskFirstSegment(long taskId, Point p, int fallbackPredecessor) {
    firstSegments.add(taskId, new FirstSegment(p, fallbackPredecessor));
  }

  void signal(long objectId, Point p) {
    signals.add(objectId, p);
  }

  void await(long objectId, Point p) {
    awaits.add(new Target(objectId, p));
  }

  void acquire(long objectId, Point p) {
    acquires.add(new Target(objectId, p));
  }

  void put(long elementId, Point p) {
    puts.add(elementId, p);
  }

  void take(long elementId, Point p) {
    takes.add(new Target(elementId, p));
  }

  void unpark(long targetThreadId, Point p) {
    unparks.add(targetThreadId, p);
  }

  void resume(long threadId, Point p) {
    resumes.add(threadId, p);
  }

  void gpuSubmit(long correlationId, Point p) {
    gpuSubmits.put(mapKey(correlationId), p);
  }

  void gpuResume(long waitKey, Point p) {
    gpuResumes.put(mapKey(waitKey), p);
  }

  /** The CPU segment that enqueued GPU operation {@code correlationId}, or null. */
  Point gpuSubmit(long correlationId) {
    return gpuSubmits.get(mapKey(correlationId));
  }

  /** The CPU segment that resumed after GPU wait {@code waitKey}, or null. */
  Point gpuResume(long waitKey) {
    return gpuResumes.get(mapKey(waitKey));
  }

  /** Awaits that found no completion of what they awaited (the completion was not recorded). */
  long unmatchedAwaits() {
    return unmatchedAwaits;
  }

  void addEdgesTo(SegmentGraphBuilder graph) {
    sortAll(spawns);
    sortAll(signals);
    sortAll(puts);
    linkSpawns(graph);
    linkAwaits(graph);
    for (Target a : acquires) {
      Point release = latestBefore(signals.get(a.key()), a.point(), true);
      if (release != null) {
        // the lock's id travels with the edge: what-if "lock removed" drops exactly these
        graph.addEdge(release.segment(), a.point().segment(), EdgeKind.WAKE, a.key());
      }
    }
    for (Target t : takes) {
      List<Point> sources = puts.get(t.key());
      Point put = latestBefore(sources, t.point(), false);
      if (put == null) {
        put = earliestAfter(sources, t.point());
      }
      if (put != null) {
        graph.addEdge(put.segment(), t.point().segment(), EdgeKind.WAKE);
      }
    }
    linkUnparks(graph);
  }

  /**
   * A task spawned several times (re-submitted) starts after the latest spawn before it. The order
   * in which tasks are visited does not matter: every edge made here is a spawn edge, so where two
   * are made between the same segments the graph keeps one that is the same whichever came first.
   */
  private void linkSpawns(SegmentGraphBuilder graph) {
    for (int k = 0; k < firstSegments.size(); k++) {
      List<Point> sources = spawns.get(firstSegments.key(k));
      for (FirstSegment first : firstSegments.list(k)) {
        Point best = latestBefore(sources, first.point(), false);
        if (best != null) {
          graph.addEdge(best.segment(), first.point().segment(), EdgeKind.SPAWN);
        } else if (first.fallbackPredecessor() >= 0) {
          graph.addEdge(first.fallbackPredecessor(), first.point().segment(), EdgeKind.SPAWN);
        }
      }
    }
  }

  /**
   * An await depends on every completion of its object recorded before it (the latest of each
   * completing task; see {@link #MAX_COMPLETERS_PER_AWAIT}). When every recorded completion is
   * later, the await still proves one happened first (a waiter can see the result a moment before
   * the completer's event is written): it depends on the earliest.
   */
  private void linkAwaits(SegmentGraphBuilder graph) {
    for (Target a : awaits) {
      List<Point> sources = signals.get(a.key());
      boolean matched = false;
      if (sources != null) {
        int end = upperBound(sources, a.point().timeNanos());
        Set<Integer> linkedTasks = new HashSet<>();
        for (int i = end - 1; i >= 0 && linkedTasks.size() < MAX_COMPLETERS_PER_AWAIT; i--) {
          Point s = sources.get(i);
          // a task's earlier completions precede its latest one in program order already
          if (s.segment() != a.point().segment() && linkedTasks.add(s.task())) {
            graph.addEdge(s.segment(), a.point().segment(), EdgeKind.JOIN);
            matched = true;
          }
        }
        Point later = matched ? null : earliestAfter(sources, a.point());
        if (later != null) {
          graph.addEdge(later.segment(), a.point().segment(), EdgeKind.JOIN);
          matched = true;
        }
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
    for (int k = 0; k < unparks.size(); k++) { // the order of threads does not matter: wake edges
      List<Point> wakes = resumes.get(unparks.key(k));
      if (wakes == null) {
        continue;
      }
      List<Point> sources = unparks.list(k);
      sources.sort(BY_TIME);
      wakes.sort(BY_TIME);
      int next = 0;
      for (Point resume : wakes) {
        while (next < sources.size() && sources.get(next).timeNanos() <= resume.timeNanos()) {
          graph.addEdge(sources.get(next).segment(), resume.segment(), EdgeKind.WAKE);
          next++;
        }
      }
    }
  }

  /**
   * The latest point at or before {@code target} (lists are sorted by time), optionally only from
   * another task; a binary search, then a short walk back past the target's own points.
   */
  private static Point latestBefore(List<Point> points, Point target, boolean otherTask) {
    if (points == null) {
      return null;
    }
    int i = upperBound(points, target.timeNanos()) - 1;
    for (int steps = 0; i >= 0 && steps < 64; i--, steps++) {
      Point p = points.get(i);
      if (p.segment() != target.segment() && (!otherTask || p.task() != target.task())) {
        return p;
      }
    }
    return null;
  }

  private static Point earliestAfter(List<Point> points, Point target) {
    if (points == null) {
      return null;
    }
    for (int i = upperBound(points, target.timeNanos()); i < points.size(); i++) {
      if (points.get(i).segment() != target.segment()) {
        return points.get(i);
      }
    }
    return null;
  }

  /** The index of the first point later than {@code time}. */
  private static int upperBound(List<Point> points, long time) {
    int lo = 0;
    int hi = points.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (points.get(mid).timeNanos() <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void sortAll(KeyedLists<Point> lists) {
    for (int k = 0; k < lists.size(); k++) {
      lists.list(k).sort(BY_TIME);
    }
  }

  /**
   * The key under which an id is kept in this book's maps: a bijection of the id, so distinct ids
   * stay distinct, that spreads its bits. Ids are often a thread or counter number shifted left
   * plus a sequence number ({@code thread << 40 | n}), which {@link Long#hashCode()} folds onto the
   * same few buckets, turning lookups into walks of overfull bins.
   */
  private static long mapKey(long id) {
    return id * 0x9E3779B97F4A7C15L; // odd, so invertible modulo 2^64
  }
}
