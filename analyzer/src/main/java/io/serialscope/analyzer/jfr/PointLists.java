package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.LongIntMap;
import io.serialscope.analyzer.model.IndexSort;
import java.util.Arrays;

/**
 * Edge ends by a long key (a task, object or thread id), in primitive columns: for each point the
 * segment, the instant, the task and one int of the caller's. Keys are numbered in the order they
 * were first seen. After {@link #group(boolean)}, the points of key number {@code k} lie at indices
 * {@link #from(int)} to {@link #to(int)}, in the order they were added or, when asked, in time
 * order (ties in the order they were added).
 *
 * <p>A recording of ten million segments has about as many edge ends; as objects in a list per key
 * they held several gigabytes during assembly, which the collector copied again and again.
 */
final class PointLists {
  private final LongIntMap index = new LongIntMap(1024);
  private long[] keys = new long[1024];
  private int keyCount;

  private int[] keyOf = new int[1024];
  private int[] segment = new int[1024];
  private long[] time = new long[1024];
  private int[] task = new int[1024];
  private int[] extra = new int[1024];
  private int size;

  /** After {@link #group}: key {@code k}'s points are {@code [start[k], start[k + 1])}. */
  private int[] start;

  void add(long key, int pointSegment, long pointTime, int pointTask, int pointExtra) {
    if (start != null) {
      throw new IllegalStateException("points added after grouping");
    }
    int k = index.get(key);
    if (k < 0) {
      k = keyCount++;
      index.put(key, k);
      if (k == keys.length) {
        keys = Arrays.copyOf(keys, 2 * k);
      }
      keys[k] = key;
    }
    if (size == segment.length) {
      resize(2 * size);
    }
    keyOf[size] = k;
    segment[size] = pointSegment;
    time[size] = pointTime;
    task[size] = pointTask;
    extra[size] = pointExtra;
    size++;
  }

  /** Makes room for about {@code points} points at once (a hint: more still fit). */
  void expect(int points) {
    if (points > segment.length && start == null) {
      resize(points);
    }
  }

  private void resize(int capacity) {
    keyOf = Arrays.copyOf(keyOf, capacity);
    segment = Arrays.copyOf(segment, capacity);
    time = Arrays.copyOf(time, capacity);
    task = Arrays.copyOf(task, capacity);
    extra = Arrays.copyOf(extra, capacity);
  }

  /**
   * Puts each key's points together, in the order they were added, then, if {@code byTime}, sorts
   * each key's points by time (stably). Once only; no point can be added afterwards.
   */
  void group(boolean byTime) {
    start = new int[keyCount + 1];
    for (int i = 0; i < size; i++) {
      start[keyOf[i] + 1]++;
    }
    for (int k = 0; k < keyCount; k++) {
      start[k + 1] += start[k];
    }
    int[] next = Arrays.copyOf(start, keyCount);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[next[keyOf[i]]++] = i;
    }
    permute(order, 0);
    keyOf = null; // the groups say it now
    if (byTime) {
      for (int k = 0; k < keyCount; k++) {
        sortByTime(start[k], start[k + 1]);
      }
    }
  }

  /** Number of distinct keys. */
  int keyCount() {
    return keyCount;
  }

  /** The {@code k}-th key first seen. */
  long key(int k) {
    return keys[k];
  }

  /** The number of {@code key}, or -1 when no point has it. */
  int keyNumber(long key) {
    return index.get(key);
  }

  int from(int k) {
    return start[k];
  }

  int to(int k) {
    return start[k + 1];
  }

  int segment(int i) {
    return segment[i];
  }

  long time(int i) {
    return time[i];
  }

  int task(int i) {
    return task[i];
  }

  int extra(int i) {
    return extra[i];
  }

  /** Stable: a key's points are a handful, mostly one or two; larger groups are merge-sorted. */
  private void sortByTime(int lo, int hi) {
    if (hi - lo <= 32) {
      for (int i = lo + 1; i < hi; i++) {
        for (int j = i; j > lo && time[j - 1] > time[j]; j--) {
          swap(j - 1, j);
        }
      }
      return;
    }
    int[] order = IndexSort.byKeyStable(Arrays.copyOfRange(time, lo, hi), hi - lo);
    for (int i = 0; i < order.length; i++) {
      order[i] += lo;
    }
    permute(order, lo);
  }

  /** Moves the point at {@code order[j]} to index {@code offset + j}, for every j. */
  private void permute(int[] order, int offset) {
    int n = order.length;
    int[] s = new int[n];
    long[] t = new long[n];
    int[] k = new int[n];
    int[] x = new int[n];
    for (int j = 0; j < n; j++) {
      int i = order[j];
      s[j] = segment[i];
      t[j] = time[i];
      k[j] = task[i];
      x[j] = extra[i];
    }
    System.arraycopy(s, 0, segment, offset, n);
    System.arraycopy(t, 0, time, offset, n);
    System.arraycopy(k, 0, task, offset, n);
    System.arraycopy(x, 0, extra, offset, n);
  }

  private void swap(int a, int b) {
    int s = segment[a];
    segment[a] = segment[b];
    segment[b] = s;
    long t = time[a];
    time[a] = time[b];
    time[b] = t;
    int k = task[a];
    task[a] = task[b];
    task[b] = k;
    int x = extra[a];
    extra[a] = extra[b];
    extra[b] = x;
  }
}
