package io.serialscope.analyzer.jfr.format;

import java.nio.charset.StandardCharsets;

/**
 * Reads JFR's encodings from one chunk held in memory: LEB128-style variable-length integers (seven
 * bits a byte, least significant group first, the ninth byte contributing all eight bits),
 * big-endian raw numbers, and strings. Every read is bounded by {@link #limit()}; reading past it
 * throws {@link FormatException}, so no size field can make it allocate more than the chunk holds.
 */
final class ChunkInput {
  static final byte STRING_NULL = 0;
  static final byte STRING_EMPTY = 1;
  static final byte STRING_CONSTANT = 2;
  static final byte STRING_UTF8 = 3;
  static final byte STRING_CHARS = 4;
  static final byte STRING_LATIN1 = 5;

  private final byte[] bytes;
  private final int limit;
  private int position;

  ChunkInput(byte[] bytes, int position, int limit) {
    this.bytes = bytes;
    this.position = position;
    this.limit = limit;
  }

  int position() {
    return position;
  }

  void position(int newPosition) {
    if (newPosition < 0 || newPosition > limit) {
      throw new FormatException("position " + newPosition + " outside the chunk");
    }
    position = newPosition;
  }

  int limit() {
    return limit;
  }

  int remaining() {
    return limit - position;
  }

  byte[] bytes() {
    return bytes;
  }

  long varLong() {
    int p = position;
    if (limit - p >= 9) { // the common case: no bounds check per byte
      long value = 0;
      for (int shift = 0; shift < 56; shift += 7) {
        byte b = bytes[p++];
        value |= (b & 0x7FL) << shift;
        if (b >= 0) {
          position = p;
          return value;
        }
      }
      position = p + 1;
      return value | (bytes[p] & 0xFFL) << 56;
    }
    return varLongNearLimit();
  }

  private long varLongNearLimit() {
    long value = 0;
    for (int shift = 0; shift < 56; shift += 7) {
      byte b = readByte();
      value |= (b & 0x7FL) << shift;
      if (b >= 0) {
        return value;
      }
    }
    return value | (readByte() & 0xFFL) << 56;
  }

  int varInt() {
    return (int) varLong();
  }

  /** A count or length that must fit in what is left of the chunk, {@code unitBytes} each. */
  int length(int unitBytes) {
    long n = varLong();
    if (n < 0 || n * unitBytes > remaining()) {
      throw new FormatException("length " + n + " exceeds the " + remaining() + " bytes left");
    }
    return (int) n;
  }

  byte readByte() {
    if (position >= limit) {
      throw new FormatException("read past the end of the chunk");
    }
    return bytes[position++];
  }

  long rawLong() {
    require(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | (bytes[position++] & 0xFFL);
    }
    return value;
  }

  int rawInt() {
    require(4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | (bytes[position++] & 0xFF);
    }
    return value;
  }

  short rawShort() {
    require(2);
    int value = (bytes[position] & 0xFF) << 8 | (bytes[position + 1] & 0xFF);
    position += 2;
    return (short) value;
  }

  void skip(int n) {
    require(n);
    position += n;
  }

  private void require(int n) {
    if (n < 0 || n > remaining()) {
      throw new FormatException("read past the end of the chunk");
    }
  }

  /**
   * A string that is not a constant-pool reference; {@code encoding} was read already. Decoded as
   * the JDK does: UTF-8 and Latin-1 through the platform charsets, chars as variable-length ints.
   */
  String inlineString(byte encoding) {
    switch (encoding) {
      case STRING_NULL:
        return null;
      case STRING_EMPTY:
        return "";
      case STRING_UTF8:
      case STRING_LATIN1:
        {
          int n = length(1);
          String s =
              new String(
                  bytes,
                  position,
                  n,
                  encoding == STRING_UTF8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
          position += n;
          return s;
        }
      case STRING_CHARS:
        {
          int n = length(1);
          char[] chars = new char[n];
          for (int i = 0; i < n; i++) {
            chars[i] = (char) varLong();
          }
          return new String(chars);
        }
      default:
        throw new FormatException("unknown string encoding " + encoding);
    }
  }

  /** Skips a string of any encoding, a constant-pool reference included. */
  void skipString() {
    byte encoding = readByte();
    switch (encoding) {
      case STRING_NULL, STRING_EMPTY -> {}
      case STRING_CONSTANT -> varLong();
      case STRING_UTF8, STRING_LATIN1 -> skip(length(1));
      case STRING_CHARS -> {
        int n = length(1);
        for (int i = 0; i < n; i++) {
          varLong();
        }
      }
      default -> throw new FormatException("unknown string encoding " + encoding);
    }
  }
}
