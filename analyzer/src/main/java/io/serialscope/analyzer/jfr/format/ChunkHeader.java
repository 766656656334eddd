package io.serialscope.analyzer.jfr.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The 68-byte header of a JFR chunk: magic {@code FLR\0}, major and minor version, chunk size,
 * offsets of the last checkpoint and of the metadata event (from the chunk's start), start time in
 * epoch nanoseconds, duration, start time in ticks, ticks per second, then a file-state byte (0
 * once the chunk is complete) and a flags byte (bit 0: integers are compressed, bit 1: final
 * chunk). JDK 11 to 25 write version 2.0 or 2.1, which encode events the same way.
 *
 * @param size bytes of the chunk, header included
 */
record ChunkHeader(
    int major,
    int minor,
    long size,
    long constantPoolOffset,
    long metadataOffset,
    long startNanos,
    long startTicks,
    long ticksPerSecond) {
  static final int SIZE = 68;
  private static final int COMPRESSED_INTEGERS = 1;

  /**
   * Reads and checks the header at {@code offset}; {@code available} bytes follow it in the file.
   */
  static ChunkHeader read(FileChannel file, long offset, long available) throws IOException {
    if (available < SIZE) {
      throw new FormatException("fewer than " + SIZE + " bytes left for a chunk header");
    }
    ByteBuffer b = ByteBuffer.allocate(SIZE);
    while (b.hasRemaining()) {
      if (file.read(b, offset + b.position()) < 0) {
        throw new FormatException("the file ended inside a chunk header");
      }
    }
    if (b.getInt(0) != 0x464C5200) { // "FLR\0"
      throw new FormatException("not a JFR chunk");
    }
    ChunkHeader h =
        new ChunkHeader(
            b.getShort(4),
            b.getShort(6),
            b.getLong(8),
            b.getLong(16),
            b.getLong(24),
            b.getLong(32),
            b.getLong(48),
            b.getLong(56));
    if (h.major != 2 || (h.minor != 0 && h.minor != 1)) {
      throw new FormatException("version " + h.major + "." + h.minor);
    }
    if (b.get(64) != 0 || (b.get(67) & COMPRESSED_INTEGERS) == 0) {
      throw new FormatException("an unfinished chunk or uncompressed integers");
    }
    if (h.size < SIZE || h.size > available || h.size > Integer.MAX_VALUE - 16) {
      throw new FormatException("chunk size " + h.size + " with " + available + " bytes left");
    }
    if (!h.inside(h.constantPoolOffset) || !h.inside(h.metadataOffset)) {
      throw new FormatException("metadata or constant pool outside the chunk");
    }
    if (h.ticksPerSecond / 1_000_000_000L <= 0) {
      throw new FormatException("a tick rate below 1 GHz: " + h.ticksPerSecond);
    }
    return h;
  }

  private boolean inside(long offset) {
    return offset >= SIZE && offset < size;
  }
}
