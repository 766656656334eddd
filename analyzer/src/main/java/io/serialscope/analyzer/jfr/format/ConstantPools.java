package io.serialscope.analyzer.jfr.format;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A chunk's constant pools, read from its chain of checkpoint events (the header points at the last
 * one, each points back at the one before). Each constant is kept as the position of its encoded
 * value and decoded on first use, as the JDK does with the first definition of a key when a chunk
 * defines it twice.
 */
final class ConstantPools {
  private static final Object RESOLVING = new Object();
  private static final Object NULL = new Object();

  /** The constants of one type. */
  static final class Pool {
    final JfrType type;
    final LongIntMap slots = new LongIntMap(16);
    long[] keys = new long[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    Object[] values = new Object[16];

    /** Slots whose key the previous chunk defined differently (see {@link #compareWith}). */
    final java.util.BitSet changed = new java.util.BitSet();

    /** A reader's own view of a constant (a thread, a stack's frame names), by slot. */
    Object[] views = new Object[16];

    Pool(JfrType type) {
      this.type = type;
    }

    void define(long key, int start, int end) {
      int slot = slots.get(key);
      if (slot < 0) {
        slot = slots.size();
        if (slot == starts.length) {
          int n = slot * 2;
          keys = Arrays.copyOf(keys, n);
          starts = Arrays.copyOf(starts, n);
          ends = Arrays.copyOf(ends, n);
          values = Arrays.copyOf(values, n);
          views = Arrays.copyOf(views, n);
        }
        slots.put(key, slot);
        keys[slot] = key;
      }
      starts[slot] = start; // read backwards: the earliest definition is kept
      ends[slot] = end;
    }
  }

  private final byte[] bytes;
  private final int chunkSize;
  private final Map<Long, Pool> pools = new HashMap<>();
  private Pool strings;

  private ConstantPools(byte[] bytes, int chunkSize) {
    this.bytes = bytes;
    this.chunkSize = chunkSize;
  }

  static ConstantPools read(byte[] bytes, ChunkHeader header, Metadata metadata) {
    ConstantPools pools = new ConstantPools(bytes, (int) header.size());
    ChunkInput in = new ChunkInput(bytes, 0, (int) header.size());
    long at = header.constantPoolOffset();
    while (true) {
      in.position((int) at);
      long size = in.varLong();
      if (in.varLong() != 1) {
        throw new FormatException("no checkpoint event at " + at);
      }
      in.varLong(); // start time
      in.varLong(); // duration
      long delta = in.varLong();
      in.readByte(); // checkpoint type (flush, header, statics, threads)
      int poolCount = in.length(2);
      for (int i = 0; i < poolCount; i++) {
        pools.readPool(in, metadata);
      }
      if (in.position() != at + size) {
        throw new FormatException("checkpoint at " + at + " does not match its size");
      }
      if (delta == 0) {
        break;
      }
      if (delta > 0 || at + delta < ChunkHeader.SIZE) {
        throw new FormatException("checkpoint chain does not go back");
      }
      at += delta;
    }
    pools.strings = pools.pools.get(pools.stringTypeId(metadata));
    return pools;
  }

  private long stringTypeId(Metadata metadata) {
    for (JfrType t : metadata.types.values()) {
      if ("java.lang.String".equals(t.name)) {
        return t.id;
      }
    }
    return -1;
  }

  private void readPool(ChunkInput in, Metadata metadata) {
    long typeId = in.varLong();
    JfrType type = metadata.types.get(typeId);
    if (type == null) {
      throw new FormatException("constants of undeclared type " + typeId);
    }
    int count = in.length(1);
    if (count == 0) {
      throw new FormatException("an empty constant pool of " + type.name);
    }
    Pool pool = pools.computeIfAbsent(typeId, id -> new Pool(type));
    for (int j = 0; j < count; j++) {
      long key = in.varLong();
      int start = in.position();
      ValueCodec.skipInline(in, type, 0);
      pool.define(key, start, in.position());
    }
  }

  Pool pool(long typeId) {
    return pools.get(typeId);
  }

  /**
   * The decoded constant {@code key} of {@code type}, or null when the chunk does not define it.
   */
  Object resolve(JfrType type, long key) {
    Pool pool = pools.get(type.id);
    return pool == null ? null : resolve(pool, pool.slots.get(key));
  }

  Object resolveString(long key) {
    return strings == null ? null : resolve(strings, strings.slots.get(key));
  }

  Object resolve(Pool pool, int slot) {
    if (slot < 0) {
      return null;
    }
    if (pool.changed.get(slot)) {
      throw new FormatException(
          "constant " + pool.keys[slot] + " of " + pool.type.name + " changed between chunks");
    }
    Object value = pool.values[slot];
    if (value == RESOLVING) {
      return null; // a constant that refers to itself: the JDK gives null there too
    }
    if (value == null) {
      pool.values[slot] = RESOLVING;
      ChunkInput in = new ChunkInput(bytes, pool.starts[slot], chunkSize);
      Object decoded = ValueCodec.decodeInline(in, pool.type, this, 0);
      value = decoded == null ? NULL : decoded;
      pool.values[slot] = value;
    }
    return value == NULL ? null : value;
  }

  /**
   * Marks the constants this chunk defines differently from the previous chunk: for a key both
   * define, the JDK keeps the previous chunk's value, this reader would take the new one, so
   * reading such a constant is refused. Constants no event of interest refers to (the chunk header
   * pool changes every chunk) do no harm.
   */
  void compareWith(ConstantPools previous) {
    for (Map.Entry<Long, Pool> e : pools.entrySet()) {
      Pool before = previous.pools.get(e.getKey());
      if (before == null) {
        continue;
      }
      Pool now = e.getValue();
      if (!before.type.name.equals(now.type.name)) {
        throw new FormatException("type " + e.getKey() + " changed between chunks");
      }
      for (int slot = 0; slot < now.slots.size(); slot++) {
        int old = before.slots.get(now.keys[slot]);
        if (old >= 0
            && (before.changed.get(old)
                || !Arrays.equals(
                    previous.bytes,
                    before.starts[old],
                    before.ends[old],
                    bytes,
                    now.starts[slot],
                    now.ends[slot]))) {
          now.changed.set(slot);
        }
      }
    }
  }
}
