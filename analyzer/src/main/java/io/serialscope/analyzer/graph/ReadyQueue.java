package io.serialscope.analyzer.graph;

/**
 * The ready segments of a {@link GreedySchedule}: first the one that became ready first, ties to
 * the lowest index, exactly as a {@link SegmentTimeQueue} orders them, but cheaper for the way a
 * schedule fills it. A schedule only adds segments at its current time, which never goes back, so
 * every segment added at an earlier time than the latest is already in its final place: those wait
 * in a plain first-in-first-out array, and only the segments of the latest instant are kept in a
 * binary heap by index (usually a handful). A million-segment schedule then costs a few array
 * writes per segment instead of a heap of hundreds of thousands.
 */
final class ReadyQueue {
  /** Segments of earlier instants, in order; a segment enters at most once per schedule. */
  private final int[] earlier;

  private int earlierHead;
  private int earlierTail;

  /** Segments of the latest instant: a min-heap of indices. */
  private final int[] latest;

  private int latestSize;
  private long latestTimeNanos = Long.MIN_VALUE;

  /** A queue for a schedule of {@code segments} segments, each added at most once. */
  ReadyQueue(int segments) {
    earlier = new int[Math.max(1, segments)];
    latest = new int[Math.max(1, segments)];
  }

  boolean isEmpty() {
    return earlierHead == earlierTail && latestSize == 0;
  }

  /**
   * Adds {@code segment}, ready at {@code timeNanos}, which must not be earlier than any time added
   * before.
   *
   * @throws IllegalStateException when time goes back
   */
  void add(long timeNanos, int segment) {
    if (timeNanos != latestTimeNanos) {
      if (timeNanos < latestTimeNanos) {
        throw new IllegalStateException("ready times must not go back");
      }
      while (latestSize > 0) { // the previous instant is over: its order is final
        earlier[earlierTail++] = pollLatest();
      }
      latestTimeNanos = timeNanos;
    }
    int i = latestSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (latest[parent] <= segment) {
        break;
      }
      latest[i] = latest[parent];
      i = parent;
    }
    latest[i] = segment;
  }

  /** Removes and returns the first segment; the queue must not be empty. */
  int poll() {
    if (earlierHead < earlierTail) {
      return earlier[earlierHead++];
    }
    return pollLatest();
  }

  private int pollLatest() {
    int first = latest[0];
    int last = latest[--latestSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= latestSize) {
        break;
      }
      if (child + 1 < latestSize && latest[child + 1] < latest[child]) {
        child++;
      }
      if (latest[child] >= last) {
        break;
      }
      latest[i] = latest[child];
      i = child;
    }
    latest[i] = last;
    return first;
  }
}
