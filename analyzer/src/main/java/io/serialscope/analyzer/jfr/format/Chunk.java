package io.serialscope.analyzer.jfr.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One chunk in memory with its metadata and constant pools: walks its events in file order (as
 * {@code RecordingFile} does, skipping the metadata and checkpoint events and events of unknown
 * types) and resolves the constants they refer to on demand.
 */
final class Chunk {
  private static final Object NONE = new Object();

  final byte[] bytes;
  final ChunkHeader header;
  final Metadata metadata;
  final ConstantPools pools;
  final StringCache strings;
  private final TypeIndexes typeIndexes;
  private final long clockStartTicks;
  private final long clockStartNanos;
  private final double ticksPerNanosecond;
  private final LongIntMap layoutIndex = new LongIntMap(64);
  private final List<Object> layouts = new ArrayList<>();

  /**
   * @param clock the header whose start time converts ticks: this chunk's, or the first chunk's
   *     where the running JDK's {@code RecordingFile} does so
   */
  Chunk(
      byte[] bytes,
      ChunkHeader header,
      Metadata metadata,
      ConstantPools pools,
      ChunkHeader clock,
      StringCache strings,
      TypeIndexes typeIndexes) {
    this.bytes = bytes;
    this.strings = strings;
    this.typeIndexes = typeIndexes;
    this.header = header;
    this.metadata = metadata;
    this.pools = pools;
    this.clockStartTicks = clock.startTicks();
    this.clockStartNanos = clock.startNanos();
    // the JDK's conversion, integer division included, so that every nanosecond agrees
    this.ticksPerNanosecond = clock.ticksPerSecond() / 1_000_000_000L;
  }

  /** Epoch nanoseconds of a tick count, exactly as the JDK's {@code TimeConverter} computes it. */
  long epochNanos(long ticks) {
    return clockStartNanos + (long) ((ticks - clockStartTicks) / ticksPerNanosecond);
  }

  void forEachEvent(FieldName[] names, Consumer<EventView> sink) {
    int size = (int) header.size();
    ChunkInput in = new ChunkInput(bytes, ChunkHeader.SIZE, size);
    FastEvent event = new FastEvent(this);
    int position = ChunkHeader.SIZE;
    while (position < size) {
      in.position(position);
      long eventSize = in.varLong();
      if (eventSize <= 0 || eventSize > size - position) {
        throw new FormatException("event size " + eventSize + " at " + position);
      }
      int end = position + (int) eventSize;
      long typeId = in.varLong();
      if (typeId > 1) { // 0: metadata, 1: checkpoint
        EventLayout layout = layout(typeId, names);
        if (layout != null) {
          event.read(layout, in);
          if (in.position() > end) {
            throw new FormatException("event at " + position + " is longer than its size");
          }
          sink.accept(event);
        }
      }
      position = end;
    }
  }

  private EventLayout layout(long typeId, FieldName[] names) {
    int index = layoutIndex.get(typeId);
    if (index < 0) {
      JfrType type = metadata.types.get(typeId);
      Object layout =
          type != null && type.isEvent()
              ? new EventLayout(type, names, typeIndexes.of(type.name))
              : NONE;
      index = layouts.size();
      layouts.add(layout);
      layoutIndex.put(typeId, index);
    }
    Object layout = layouts.get(index);
    return layout == NONE ? null : (EventLayout) layout;
  }

  /** The thread constant {@code key}, one object per thread and chunk; null when undefined. */
  EventView.ThreadView thread(JfrType threadType, long key) {
    ConstantPools.Pool pool = pools.pool(threadType.id);
    int slot = pool == null ? -1 : pool.slots.get(key);
    if (slot < 0) {
      return null;
    }
    Object view = pool.views[slot];
    if (view == null) {
      Object value = pools.resolve(pool, slot);
      view = value instanceof Object[] fields ? FastThread.of(threadType, fields) : NONE;
      pool.views[slot] = view;
    }
    return view == NONE ? null : (EventView.ThreadView) view;
  }

  /** The frame names of stack trace {@code key}; null when undefined. */
  List<String> frameNames(JfrType stackType, long key, int maxFrames) {
    ConstantPools.Pool pool = pools.pool(stackType.id);
    int slot = pool == null ? -1 : pool.slots.get(key);
    if (slot < 0) {
      return null;
    }
    if (pool.views[slot] instanceof StackFrames cached && cached.maxFrames() == maxFrames) {
      return cached.names();
    }
    Object value = pools.resolve(pool, slot);
    List<String> names =
        value instanceof Object[] stack ? StackFrames.names(stackType, stack, maxFrames) : null;
    pool.views[slot] = new StackFrames(maxFrames, names);
    return names;
  }
}
