package io.serialscope.analyzer.jfr.format;

import java.util.Arrays;

/**
 * A map from long keys to non-negative ints, open addressing with linear probing: no boxing, two
 * arrays. Absent keys read as -1.
 */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;
  private int shift;

  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The value of {@code key}, or -1. */
  public int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v < 0 || keys[i] == key) {
        return v;
      }
    }
  }

  /**
   * Sets {@code key} to {@code value} (at least 0).
   *
   * @return the previous value, or -1
   */
  public int put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int mask = keys.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v < 0) {
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return -1;
      }
      if (keys[i] == key) {
        values[i] = value;
        return v;
      }
    }
  }

  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(keys.length * 2);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
