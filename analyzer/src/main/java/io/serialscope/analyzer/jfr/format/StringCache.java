package io.serialscope.analyzer.jfr.format;

import java.util.Arrays;

/**
 * The strings of events written in place (UTF-8, Latin-1 or chars), remembered by their bytes: a
 * recording repeats a few labels and reasons millions of times, and decoding each again would
 * allocate a new String per event. Direct-mapped: a collision only costs a decode.
 */
final class StringCache {
  private static final int SLOTS = 1024;
  private static final int MAX_BYTES = 256;

  private final byte[][] bytes = new byte[SLOTS][];
  private final byte[] encodings = new byte[SLOTS];
  private final String[] strings = new String[SLOTS];

  /** The string at {@code in}'s position, which must be an event's string field. */
  String read(ChunkInput in, ConstantPools pools) {
    int start = in.position();
    byte encoding = in.readByte();
    boolean inPlace =
        encoding == ChunkInput.STRING_UTF8
            || encoding == ChunkInput.STRING_LATIN1
            || encoding == ChunkInput.STRING_CHARS;
    int length = inPlace ? in.length(1) : 0;
    if (!inPlace || length > MAX_BYTES) {
      in.position(start);
      return ValueCodec.string(in, pools);
    }
    int from = in.position();
    if (encoding == ChunkInput.STRING_CHARS) {
      for (int i = 0; i < length; i++) {
        in.varLong(); // to find where the chars end
      }
    } else {
      in.skip(length);
    }
    int to = in.position();
    byte[] chunk = in.bytes();
    int hash = encoding;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chunk[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    byte[] known = bytes[slot];
    if (known != null
        && encodings[slot] == encoding
        && Arrays.equals(known, 0, known.length, chunk, from, to)) {
      return strings[slot];
    }
    in.position(start + 1);
    String s = in.inlineString(encoding);
    bytes[slot] = Arrays.copyOfRange(chunk, from, to);
    encodings[slot] = encoding;
    strings[slot] = s;
    return s;
  }
}
