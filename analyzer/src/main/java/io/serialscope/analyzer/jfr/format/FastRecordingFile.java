package io.serialscope.analyzer.jfr.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every event of a complete {@code .jfr} file, chunk by chunk, in file order, giving each to
 * a consumer as an {@link EventView} whose fields are found by index. It reads what JDK 11 to 25
 * write (chunk format 2.0 and 2.1) and throws {@link FormatException} at anything else or anything
 * damaged, before or while reading events: the caller then reads the file with the JDK's {@code
 * RecordingFile}. Memory: one chunk's bytes (two while a chunk's constants are compared with the
 * previous chunk's), never more than the file holds; a chunk larger than an eighth of the maximum
 * heap is refused.
 */
public final class FastRecordingFile {
  private FastRecordingFile() {}

  /**
   * Reads {@code file}, giving its events to {@code sink}.
   *
   * @param fields every field the consumer may ask for
   */
  public static void read(Path file, FieldName[] fields, Consumer<EventView> sink)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long fileSize = channel.size();
      List<Long> offsets = new ArrayList<>();
      List<ChunkHeader> headers = new ArrayList<>();
      for (long offset = 0; offset < fileSize; ) {
        ChunkHeader header = ChunkHeader.read(channel, offset, fileSize - offset);
        if (header.size() > Runtime.getRuntime().maxMemory() / 8) {
          // a chunk is held in memory whole: a huge one is left to the JDK's streaming reader
          throw new FormatException("a chunk of " + header.size() + " bytes");
        }
        offsets.add(offset);
        headers.add(header);
        offset += header.size();
      }
      if (headers.isEmpty()) {
        throw new FormatException("an empty file");
      }
      ChunkClock clock = ChunkClock.ofRunningJdk(headers.size());
      Chunk previous = null;
      StringCache strings = new StringCache();
      TypeIndexes typeIndexes = new TypeIndexes();
      for (int i = 0; i < headers.size(); i++) {
        ChunkHeader header = headers.get(i);
        byte[] bytes = readChunk(channel, offsets.get(i), (int) header.size());
        Chunk chunk =
            open(bytes, header, previous, clock.of(headers.get(0), header), strings, typeIndexes);
        chunk.forEachEvent(fields, sink);
        previous = chunk;
      }
    }
  }

  private static Chunk open(
      byte[] bytes,
      ChunkHeader header,
      Chunk previous,
      ChunkHeader clock,
      StringCache strings,
      TypeIndexes typeIndexes) {
    ChunkInput in = new ChunkInput(bytes, (int) header.metadataOffset(), (int) header.size());
    Metadata metadata = Metadata.read(in);
    if (previous != null
        && metadata.metadataId == previous.metadata.metadataId
        && !Arrays.equals(
            previous.bytes,
            previous.metadata.contentStart,
            previous.metadata.contentEnd,
            bytes,
            metadata.contentStart,
            metadata.contentEnd)) {
      // the JDK would keep the previous chunk's types
      throw new FormatException("metadata changed without a new id");
    }
    ConstantPools pools = ConstantPools.read(bytes, header, metadata);
    if (previous != null) {
      pools.compareWith(previous.pools);
    }
    return new Chunk(bytes, header, metadata, pools, clock, strings, typeIndexes);
  }

  private static byte[] readChunk(FileChannel channel, long offset, int size) throws IOException {
    byte[] bytes = new byte[size]; // size was checked against the bytes left in the file
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new FormatException("the file ended inside a chunk");
      }
    }
    return bytes;
  }

  /**
   * Which chunk's start converts ticks. The JDK's {@code RecordingFile} used each chunk's own until
   * JDK-8351064 ("JFR: Consistent timestamps", March 2025, JDK 25) made it use the first chunk's
   * for the whole file; 17.0.15 has that change too (checked against this reader), and no release
   * before March 2025 can have it. For the releases in between whose behavior is not known here, a
   * file of several chunks is left to the JDK's reader; one chunk reads the same either way.
   */
  enum ChunkClock {
    EACH_CHUNK,
    FIRST_CHUNK;

    static ChunkClock ofRunningJdk(int chunks) {
      ChunkClock clock = of(Runtime.version());
      if (clock == null && chunks > 1) {
        throw new FormatException("several chunks, read on JDK " + Runtime.version());
      }
      return clock == null ? FIRST_CHUNK : clock;
    }

    /** The convention of JDK {@code version}'s {@code RecordingFile}; null when not known. */
    static ChunkClock of(Runtime.Version version) {
      int feature = version.feature();
      int update = version.update();
      if (feature >= 25 || (feature == 17 && update >= 15)) {
        return FIRST_CHUNK;
      }
      boolean beforeTheChange =
          (feature == 17 && update < 15)
              || (feature == 21 && update <= 6)
              || (feature == 11 && update <= 26)
              || (feature >= 18 && feature <= 23 && feature != 21)
              || (feature == 24 && update == 0);
      return beforeTheChange ? EACH_CHUNK : null;
    }

    ChunkHeader of(ChunkHeader first, ChunkHeader current) {
      return this == FIRST_CHUNK ? first : current;
    }
  }
}
