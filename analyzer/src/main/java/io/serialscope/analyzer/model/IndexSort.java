package io.serialscope.analyzer.model;

import java.util.Arrays;

/**
 * Sorts indices by a primitive key without boxing: a stable natural merge sort, so equal keys keep
 * index order. The analyzer's inputs are a handful of sorted runs (segments arrive lane by lane,
 * each lane in time order; a lane's events are in time order but for a few), so the sort finds the
 * runs first and merges only those: a pass per doubling of run length, not per doubling of width
 * from one (24 passes over ten million indices, most of them copying runs already in order).
 */
public final class IndexSort {
  private IndexSort() {}

  /**
   * The indices {@code 0..count-1} ordered by {@code keys[i]}, ties by index; {@code keys} stays as
   * it is (the sort works on a copy).
   */
  public static int[] byKeyStable(long[] keys, int count) {
    return sortStable(Arrays.copyOf(keys, count), count);
  }

  /**
   * Sorts {@code keys[0..count-1]} in place, stably, and returns where each came from: {@code
   * order[i]} is the index before the sort of the key now at {@code i}. For callers that would
   * otherwise put the keys in order afterwards themselves.
   */
  public static int[] sortStable(long[] keys, int count) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    int[] runStarts = runStarts(keys, count);
    int runs = runStarts.length - 1;
    if (runs <= 1) {
      return order;
    }
    // Each index travels with its key, so that a pass reads both in sequence; looking the key up by
    // index (keys[from[i]]) reads millions of keys at random once the first pass has shuffled them.
    int[] from = order;
    int[] to = new int[count];
    long[] keysFrom = keys;
    long[] keysTo = new long[count];
    while (runs > 1) {
      int merged = 0;
      for (int r = 0; r < runs; r += 2) {
        int lo = runStarts[r];
        int mid = runStarts[Math.min(r + 1, runs)];
        int hi = runStarts[Math.min(r + 2, runs)];
        merge(keysFrom, from, keysTo, to, lo, mid, hi);
        runStarts[merged++] = lo;
      }
      runStarts[merged] = count;
      runs = merged;
      int[] swap = from;
      from = to;
      to = swap;
      long[] swapKeys = keysFrom;
      keysFrom = keysTo;
      keysTo = swapKeys;
    }
    if (keysFrom != keys) {
      System.arraycopy(keysFrom, 0, keys, 0, count);
    }
    return from;
  }

  /**
   * Where each maximal non-decreasing run of {@code keys[0..count-1]} starts, then {@code count}.
   */
  private static int[] runStarts(long[] keys, int count) {
    int runs = count == 0 ? 0 : 1;
    for (int i = 1; i < count; i++) {
      if (keys[i] < keys[i - 1]) {
        runs++;
      }
    }
    int[] starts = new int[runs + 1];
    int r = 0;
    if (count > 0) {
      starts[r++] = 0;
    }
    for (int i = 1; i < count; i++) {
      if (keys[i] < keys[i - 1]) {
        starts[r++] = i;
      }
    }
    starts[r] = count;
    return starts;
  }

  private static void merge(
      long[] keysFrom, int[] from, long[] keysTo, int[] to, int lo, int mid, int hi) {
    if (mid >= hi || keysFrom[mid - 1] <= keysFrom[mid]) { // already in order
      System.arraycopy(from, lo, to, lo, hi - lo);
      System.arraycopy(keysFrom, lo, keysTo, lo, hi - lo);
      return;
    }
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && keysFrom[i] <= keysFrom[j])) {
        keysTo[k] = keysFrom[i];
        to[k] = from[i++];
      } else {
        keysTo[k] = keysFrom[j];
        to[k] = from[j++];
      }
    }
  }

  /**
   * {@code column[order[i]]} for every i: a column put in the order {@link #sortStable} or {@link
   * #byKeyStable} found.
   */
  public static int[] gather(int[] column, int[] order) {
    int[] sorted = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = column[order[i]];
    }
    return sorted;
  }

  /** As {@link #gather(int[], int[])}. */
  public static long[] gather(long[] column, int[] order) {
    long[] sorted = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = column[order[i]];
    }
    return sorted;
  }

  /** As {@link #gather(int[], int[])}. */
  public static byte[] gather(byte[] column, int[] order) {
    byte[] sorted = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = column[order[i]];
    }
    return sorted;
  }
}
