package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects the two ends of cross-thread edges while lanes are walked (in any order), then joins
 * them: spawn → the task's first segment, signals → awaits, a lock's latest release → its next
 * acquisition, put → take of the same element, unparks → the target's next resume.
 */
final class EdgeBook {
  /**
   * An await links to the latest completion of at most this many distinct tasks: enough for any
   * latch or barrier of real width, and it keeps an object completed millions of times (a reused
   * future, a condition) from costing edges quadratic in its completions.
   */
  static final int MAX_COMPLETERS_PER_AWAIT = 1024;

  /** A segment of a task and the instant an edge leaves or enters it (GPU operations' ends). */
  record Point(int segment, long timeNanos, int task) {}

  private final PointLists spawns = new PointLists();

  /** A task's first segment; its extra int is the segment that ran the task inline, or -1. */
  private final PointLists firstSegments = new PointLists();

  private final PointLists signals = new PointLists();
  private final Targets awaits = new Targets();
  private final Targets acquires = new Targets();
  private final PointLists puts = new PointLists();
  private final Targets takes = new Targets();
  private final PointLists unparks = new PointLists();
  private final PointLists resumes = new PointLists();
  private long unmatchedAwaits;

  /** GPU correlation id → the CPU segment that enqueued it; GPU wait key → the resuming one. */
  private final Map<Long, Point> gpuSubmits = new HashMap<>();

  private final Map<Long, Point> gpuResumes = new HashMap<>();

  /**
   * Makes room for the edge ends a recording will bring, from its events by kind ({@code
   * eventsByKind[kind.ordinal()]}): each kind's list is then allocated once instead of doubling its
   * way there. Hints only.
   */
  void expect(int[] eventsByKind) {
    spawns.expect(eventsByKind[LaneEvent.Kind.SPAWN.ordinal()]);
    firstSegments.expect(eventsByKind[LaneEvent.Kind.TASK_START.ordinal()]);
    signals.expect(eventsByKind[LaneEvent.Kind.SIGNAL.ordinal()]);
    awaits.expect(eventsByKind[LaneEvent.Kind.AWAIT.ordinal()]);
    acquires.expect(eventsByKind[LaneEvent.Kind.ACQUIRE.ordinal()]);
    puts.expect(eventsByKind[LaneEvent.Kind.PUT.ordinal()]);
    takes.expect(eventsByKind[LaneEvent.Kind.TAKE.ordinal()]);
    unparks.expect(eventsByKind[LaneEvent.Kind.UNPARK.ordinal()]);
  }

  void spawn(long taskId, int segment, long timeNanos, int task) {
    spawns.add(taskId, segment, timeNanos, task, 0);
  }

  /**
   * The first segment of a task; {@code fallbackPredecessor} (or -1) is the segment of the task
   * that ran it inline, used only when no spawn of the task was recorded.
   */
  void taskFirstSegment(
      long taskId, int segment, long timeNanos, int task, int fallbackPredecessor) {
    firstSegments.add(taskId, segment, timeNanos, task, fallbackPredecessor);
  }

  void signal(long objectId, int segment, long timeNanos, int task) {
    signals.add(objectId, segment, timeNanos, task, 0);
  }

  void await(long objectId, int segment, long timeNanos, int task) {
    awaits.add(objectId, segment, timeNanos, task);
  }

  void acquire(long objectId, int segment, long timeNanos, int task) {
    acquires.add(objectId, segment, timeNanos, task);
  }

  void put(long elementId, int segment, long timeNanos, int task) {
    puts.add(elementId, segment, timeNanos, task, 0);
  }

  void take(long elementId, int segment, long timeNanos, int task) {
    takes.add(elementId, segment, timeNanos, task);
  }

  void unpark(long targetThreadId, int segment, long timeNanos, int task) {
    unparks.add(targetThreadId, segment, timeNanos, task, 0);
  }

  void resume(long threadId, int segment, long timeNanos, int task) {
    resumes.add(threadId, segment, timeNanos, task, 0);
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
    spawns.group(true);
    signals.group(true);
    puts.group(true);
    firstSegments.group(false);
    unparks.group(true);
    resumes.group(true);
    linkSpawns(graph);
    linkAwaits(graph);
    for (int a = 0; a < acquires.size; a++) {
      int release =
          latestBefore(
              signals,
              acquires.key[a],
              acquires.segment[a],
              acquires.time[a],
              acquires.task[a],
              true);
      if (release >= 0) {
        // the lock's id travels with the edge: what-if "lock removed" drops exactly these
        graph.addEdge(
            signals.segment(release), acquires.segment[a], EdgeKind.WAKE, acquires.key[a]);
      }
    }
    for (int t = 0; t < takes.size; t++) {
      int put =
          latestBefore(puts, takes.key[t], takes.segment[t], takes.time[t], takes.task[t], false);
      if (put < 0) {
        put = earliestAfter(puts, takes.key[t], takes.segment[t], takes.time[t]);
      }
      if (put >= 0) {
        graph.addEdge(puts.segment(put), takes.segment[t], EdgeKind.WAKE);
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
    for (int k = 0; k < firstSegments.keyCount(); k++) {
      long taskId = firstSegments.key(k);
      for (int f = firstSegments.from(k); f < firstSegments.to(k); f++) {
        int first = firstSegments.segment(f);
        int best =
            latestBefore(
                spawns, taskId, first, firstSegments.time(f), firstSegments.task(f), false);
        if (best >= 0) {
          graph.addEdge(spawns.segment(best), first, EdgeKind.SPAWN);
        } else if (firstSegments.extra(f) >= 0) {
          graph.addEdge(firstSegments.extra(f), first, EdgeKind.SPAWN);
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
    for (int a = 0; a < awaits.size; a++) {
      int k = signals.keyNumber(awaits.key[a]);
      int target = awaits.segment[a];
      boolean matched = false;
      if (k >= 0) {
        int from = signals.from(k);
        int end = upperBound(signals, k, awaits.time[a]);
        Set<Integer> linkedTasks = new HashSet<>();
        for (int i = end - 1; i >= from && linkedTasks.size() < MAX_COMPLETERS_PER_AWAIT; i--) {
          // a task's earlier completions precede its latest one in program order already
          if (signals.segment(i) != target && linkedTasks.add(signals.task(i))) {
            graph.addEdge(signals.segment(i), target, EdgeKind.JOIN);
            matched = true;
          }
        }
        int later = matched ? -1 : earliestAfter(signals, awaits.key[a], target, awaits.time[a]);
        if (later >= 0) {
          graph.addEdge(signals.segment(later), target, EdgeKind.JOIN);
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
    for (int k = 0;
        k < unparks.keyCount();
        k++) { // the order of threads does not matter: wake edges
      int w = resumes.keyNumber(unparks.key(k));
      if (w < 0) {
        continue;
      }
      int next = unparks.from(k);
      for (int resume = resumes.from(w); resume < resumes.to(w); resume++) {
        while (next < unparks.to(k) && unparks.time(next) <= resumes.time(resume)) {
          graph.addEdge(unparks.segment(next), resumes.segment(resume), EdgeKind.WAKE);
          next++;
        }
      }
    }
  }

  /**
   * The index of the latest point of {@code key} at or before the target (points grouped by time),
   * optionally only from another task, or -1; a binary search, then a short walk back past the
   * target's own points.
   */
  private static int latestBefore(
      PointLists points,
      long key,
      int targetSegment,
      long targetTime,
      int targetTask,
      boolean otherTask) {
    int k = points.keyNumber(key);
    if (k < 0) {
      return -1;
    }
    int i = upperBound(points, k, targetTime) - 1;
    for (int steps = 0; i >= points.from(k) && steps < 64; i--, steps++) {
      if (points.segment(i) != targetSegment && (!otherTask || points.task(i) != targetTask)) {
        return i;
      }
    }
    return -1;
  }

  private static int earliestAfter(
      PointLists points, long key, int targetSegment, long targetTime) {
    int k = points.keyNumber(key);
    if (k < 0) {
      return -1;
    }
    for (int i = upperBound(points, k, targetTime); i < points.to(k); i++) {
      if (points.segment(i) != targetSegment) {
        return i;
      }
    }
    return -1;
  }

  /** The index of key {@code k}'s first point later than {@code time}. */
  private static int upperBound(PointLists points, int k, long time) {
    int lo = points.from(k);
    int hi = points.to(k);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (points.time(mid) <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The other end of an await, acquisition or take, in the order they were recorded. */
  private static final class Targets {
    long[] key = new long[256];
    int[] segment = new int[256];
    long[] time = new long[256];
    int[] task = new int[256];
    int size;

    void add(long targetKey, int targetSegment, long targetTime, int targetTask) {
      if (size == key.length) {
        resize(2 * size);
      }
      key[size] = targetKey;
      segment[size] = targetSegment;
      time[size] = targetTime;
      task[size] = targetTask;
      size++;
    }

    void expect(int targets) {
      if (targets > key.length) {
        resize(targets);
      }
    }

    private void resize(int capacity) {
      key = Arrays.copyOf(key, capacity);
      segment = Arrays.copyOf(segment, capacity);
      time = Arrays.copyOf(time, capacity);
      task = Arrays.copyOf(task, capacity);
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
