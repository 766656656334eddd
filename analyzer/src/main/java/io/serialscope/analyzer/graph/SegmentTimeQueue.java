package io.serialscope.analyzer.graph;

/**
 * A binary min-heap of segment indices keyed by a time in nanoseconds; equal times come out lowest
 * index first, so every schedule built on it is deterministic. Primitive arrays only: one queue
 * holds a million segments without boxing.
 */
final class SegmentTimeQueue {
  private final long[] timesNanos;
  private final int[] segments;
  private int size;

  /** A queue that can hold up to {@code capacity} entries at once. */
  SegmentTimeQueue(int capacity) {
    timesNanos = new long[Math.max(1, capacity)];
    segments = new int[Math.max(1, capacity)];
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void add(long timeNanos, int segment) {
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(timeNanos, segment, timesNanos[parent], segments[parent])) {
        break;
      }
      timesNanos[i] = timesNanos[parent];
      segments[i] = segments[parent];
      i = parent;
    }
    timesNanos[i] = timeNanos;
    segments[i] = segment;
  }

  /** The time of the first entry; the queue must not be empty. */
  long peekTimeNanos() {
    return timesNanos[0];
  }

  /** Removes the first entry and returns its segment; the queue must not be empty. */
  int poll() {
    int first = segments[0];
    size--;
    long lastTime = timesNanos[size];
    int lastSegment = segments[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size
          && before(
              timesNanos[child + 1], segments[child + 1], timesNanos[child], segments[child])) {
        child++;
      }
      if (!before(timesNanos[child], segments[child], lastTime, lastSegment)) {
        break;
      }
      timesNanos[i] = timesNanos[child];
      segments[i] = segments[child];
      i = child;
    }
    timesNanos[i] = lastTime;
    segments[i] = lastSegment;
    return first;
  }

  private static boolean before(long timeA, int segmentA, long timeB, int segmentB) {
    return timeA != timeB ? timeA < timeB : segmentA < segmentB;
  }
}
