package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.LongIntMap;
import io.serialscope.analyzer.model.IndexSort;
import java.util.Arrays;

/**
 * Edge ends by a long key (a task, object or thread id), in primitive columns: for each point the
 * key, the segment, the instant, the task and one int of the caller's. After {@link
 * #group(boolean)}, the points of key number {@code k} ({@link #key(int)} says which key that is)
 * lie at indices {@link #from(int)} to {@link #to(int)}, in the order they were added or, when
 * asked, in time order (ties in the order they were added).
 *
 * <p>A recording of ten million segments has about as many edge ends; as objects in a list per key
 * they held several gigabytes during assembly, which the collector copied again and again. Keys are
 * numbered when grouping, one of two ways. Points whose keys arrive mostly in increasing order
 * (task ids, which the agent hands out from a counter, spawned and started lane by lane) are sorted
 * by key, a merge of a few sorted runs, and their keys numbered in increasing order: no hash table,
 * which at two slots per key and 16 bytes a slot cost more than the points themselves (about 540 MB
 * for each of the spawn and start lists of a ten-million-segment recording, plus as much again
 * while it grew). Other keys (a few locks or futures met over and over, in any order) are numbered
 * in the order first seen through a hash table, which stays small because they are few.
 */
final class PointLists {
  /** Sorted by key when the points form at least this many per run on average. */
  private static final int MIN_POINTS_PER_RUN = 16;

  private long[] pointKey = new long[1024];
  private int[] segment = new int[1024];
  private long[] time = new long[1024];
  private int[] task = new int[1024];
  private int[] extra = new int[1024];
  private int size;

  /**
   * After {@link #group}: the keys by number; key {@code k}'s points are {@code [start[k], start[k
   * + 1])}.
   */
  private long[] keys;

  private int keyCount;
  private int[] start;

  /** After {@link #group}, when the keys were not sorted: key → number. */
  private LongIntMap index;

  /** The number {@link #keyNumber} found last (sorted keys: the next lookup starts there). */
  private int lastFound;

  void add(long key, int pointSegment, long pointTime, int pointTask, int pointExtra) {
    if (start != null) {
      throw new IllegalStateException("points added after grouping");
    }
    if (size == segment.length) {
      resize(2 * size);
    }
    pointKey[size] = key;
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
    pointKey = Arrays.copyOf(pointKey, capacity);
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
    if (start != null) {
      throw new IllegalStateException("grouped twice");
    }
    int runs = 1;
    for (int i = 1; i < size; i++) {
      if (pointKey[i] < pointKey[i - 1]) {
        runs++;
      }
    }
    if ((long) runs * MIN_POINTS_PER_RUN <= size) {
      groupBySorting();
    } else {
      groupByHashing();
    }
    pointKey = null; // the groups say it now
    if (byTime) {
      for (int k = 0; k < keyCount; k++) {
        sortByTime(start[k], start[k + 1]);
      }
    }
  }

  private void groupBySorting() {
    int[] order = IndexSort.sortStable(pointKey, size);
    permuteAll(order);
    keys = new long[Math.max(1, countDistinctSorted())];
    start = new int[keys.length + 1];
    keyCount = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || pointKey[i] != pointKey[i - 1]) {
        keys[keyCount] = pointKey[i];
        start[keyCount++] = i;
      }
    }
    start[keyCount] = size;
  }

  private int countDistinctSorted() {
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || pointKey[i] != pointKey[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  private void groupByHashing() {
    index = new LongIntMap(1024);
    int[] keyOf = new int[size];
    keys = new long[1024];
    for (int i = 0; i < size; i++) {
      long key = pointKey[i];
      int k = index.get(key);
      if (k < 0) {
        k = keyCount++;
        index.put(key, k);
        if (k == keys.length) {
          keys = Arrays.copyOf(keys, 2 * k);
        }
        keys[k] = key;
      }
      keyOf[i] = k;
    }
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
    permuteAll(order);
  }

  /** Number of distinct keys. */
  int keyCount() {
    return keyCount;
  }

  /** The key numbered {@code k}. */
  long key(int k) {
    return keys[k];
  }

  /**
   * The number of {@code key}, or -1 when no point has it. Sorted keys are searched from the last
   * one found, so a walk through keys in increasing order costs a step or two per lookup.
   */
  int keyNumber(long key) {
    if (index != null) {
      return index.get(key);
    }
    if (keyCount == 0) {
      return -1;
    }
    int lo;
    int hi;
    int at = lastFound;
    if (keys[at] == key) {
      return at;
    }
    if (keys[at] < key) {
      // gallop up from the last one found: [lo, hi) brackets the key
      int step = 1;
      lo = at + 1;
      while (lo + step < keyCount && keys[lo + step] <= key) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(keyCount, lo + step + 1);
    } else {
      lo = 0;
      hi = at;
    }
    int found = Arrays.binarySearch(keys, lo, hi, key);
    if (found < 0) {
      return -1;
    }
    lastFound = found;
    return found;
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
    long[] times = Arrays.copyOfRange(time, lo, hi);
    int[] order = IndexSort.sortStable(times, times.length); // the copy comes back in time order
    System.arraycopy(times, 0, time, lo, times.length);
    for (int i = 0; i < order.length; i++) {
      order[i] += lo;
    }
    permuteAllButTime(order, lo);
  }

  /**
   * Puts the point at {@code order[j]} at index {@code j}, for every j: a column at a time, so that
   * only one column is ever held twice.
   */
  private void permuteAll(int[] order) {
    segment = IndexSort.gather(segment, order);
    time = IndexSort.gather(time, order);
    task = IndexSort.gather(task, order);
    extra = IndexSort.gather(extra, order);
  }

  /**
   * Moves the point at {@code order[j]} to index {@code offset + j}, for every j, in every column
   * but the time (which the caller has in order already).
   */
  private void permuteAllButTime(int[] order, int offset) {
    int n = order.length;
    System.arraycopy(IndexSort.gather(segment, order), 0, segment, offset, n);
    System.arraycopy(IndexSort.gather(task, order), 0, task, offset, n);
    System.arraycopy(IndexSort.gather(extra, order), 0, extra, offset, n);
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
