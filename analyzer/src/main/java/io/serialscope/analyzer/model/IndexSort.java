package io.serialscope.analyzer.model;

/**
 * Sorts indices by a primitive key without boxing: a stable merge sort, so equal keys keep index
 * order. Segments arrive lane by lane, each lane already in time order, so the input is a handful
 * of sorted runs and the merge passes are cheap.
 */
public final class IndexSort {
  private IndexSort() {}

  /** The indices {@code 0..count-1} ordered by {@code keys[i]}, ties by index. */
  public static int[] byKeyStable(long[] keys, int count) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    if (count < 2) {
      return order;
    }
    int[] buffer = new int[count];
    int[] from = order;
    int[] to = buffer;
    for (int width = 1; width < count; width *= 2) {
      for (int lo = 0; lo < count; lo += 2 * width) {
        int mid = Math.min(lo + width, count);
        int hi = Math.min(lo + 2 * width, count);
        merge(keys, from, to, lo, mid, hi);
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  private static void merge(long[] keys, int[] from, int[] to, int lo, int mid, int hi) {
    if (mid >= hi || keys[from[mid - 1]] <= keys[from[mid]]) {
      System.arraycopy(from, lo, to, lo, hi - lo); // already in order: the common case
      return;
    }
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && keys[from[i]] <= keys[from[j]])) {
        to[k] = from[i++];
      } else {
        to[k] = from[j++];
      }
    }
  }
}
