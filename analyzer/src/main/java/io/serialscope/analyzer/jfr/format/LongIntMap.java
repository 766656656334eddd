package io.serialscope.analyzer.jfr.format;

/**
 * A map from long keys to non-negative ints, open addressing with linear probing: no boxing, one
 * array. Absent keys read as -1.
 *
 * <p>Built for the analyzer's ids (tasks, objects, threads), which the agent hands out from one
 * counter and which a recording mostly meets in increasing order, millions of them. Two choices
 * keep a lookup to about one cache miss, or none: a key and its value sit side by side in one
 * {@code long[]} (two parallel arrays cost two misses), and keys that differ only in their low six
 * bits land in one block of 64 neighbouring slots, the blocks themselves scattered by a
 * multiplicative hash (a hash of the whole key sends consecutive ids to random places of a table
 * larger than the cache). Any pattern of keys still spreads over the blocks, as any hash would.
 */
public final class LongIntMap {
  private static final int BLOCK_BITS = 6;
  private static final long EMPTY = -1;

  /** Slot {@code i}: key at {@code 2i}, value at {@code 2i + 1} ({@link #EMPTY} when free). */
  private long[] slots;

  private int capacity;
  private int size;
  private int blockShift;

  public LongIntMap(int expected) {
    allocate(Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1);
  }

  private void allocate(int slotCount) {
    capacity = slotCount;
    slots = new long[2 * slotCount];
    for (int i = 1; i < slots.length; i += 2) {
      slots[i] = EMPTY;
    }
    int blocks = Math.max(1, slotCount >>> BLOCK_BITS);
    blockShift = 64 - Integer.numberOfTrailingZeros(blocks);
  }

  private int slot(long key) {
    long block = blockShift == 64 ? 0 : ((key >>> BLOCK_BITS) * 0x9E3779B97F4A7C15L) >>> blockShift;
    return (int) ((block << BLOCK_BITS) + (key & ((1 << BLOCK_BITS) - 1))) & (capacity - 1);
  }

  /** The value of {@code key}, or -1. */
  public int get(long key) {
    int mask = capacity - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long v = slots[2 * i + 1];
      if (v == EMPTY || slots[2 * i] == key) {
        return (int) v;
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
    int mask = capacity - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long v = slots[2 * i + 1];
      if (v == EMPTY) {
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        if (++size * 2 > capacity) {
          grow();
        }
        return -1;
      }
      if (slots[2 * i] == key) {
        slots[2 * i + 1] = value;
        return (int) v;
      }
    }
  }

  public int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    allocate(capacity * 2);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != EMPTY) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }
}
