package io.serialscope.analyzer.jfr.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JFR's primitive encodings against bytes written by hand. */
class ChunkInputTest {
  private static ChunkInput input(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new ChunkInput(b, 0, b.length);
  }

  @Test
  void variableLengthIntegersSevenBitsAByteLowGroupFirst() {
    assertThat(input(0x00).varLong()).isZero();
    assertThat(input(0x7F).varLong()).isEqualTo(127);
    assertThat(input(0x80, 0x01).varLong()).isEqualTo(128);
    assertThat(input(0xAC, 0x02).varLong()).isEqualTo(300);
    assertThat(input(0xFF, 0xFF, 0xFF, 0xFF, 0x07).varLong()).isEqualTo(Integer.MAX_VALUE);
    // the ninth byte carries all eight of its bits
    int[] minusOne = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    assertThat(input(minusOne).varLong()).isEqualTo(-1L);
    int[] min = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80};
    assertThat(input(min).varLong()).isEqualTo(Long.MIN_VALUE);
    // an int is the low 32 bits of the same encoding
    assertThat(input(minusOne).varInt()).isEqualTo(-1);
  }

  @Test
  void nearTheEndOfTheChunkEveryByteIsChecked() {
    ChunkInput two = input(0x81, 0x01, 0x05);
    assertThat(two.varLong()).isEqualTo(129);
    assertThat(two.varLong()).isEqualTo(5);
    assertThatThrownBy(two::varLong).isInstanceOf(FormatException.class);
    assertThatThrownBy(() -> input(0x80, 0x80).varLong()).isInstanceOf(FormatException.class);
  }

  @Test
  void rawNumbersAreBigEndian() {
    ChunkInput in = input(0x00, 0x02, 0x00, 0x01, 0x3F, 0x80, 0x00, 0x00);
    assertThat(in.rawShort()).isEqualTo((short) 2);
    assertThat(in.rawShort()).isEqualTo((short) 1);
    assertThat(Float.intBitsToFloat(in.rawInt())).isEqualTo(1.0f);
    assertThat(input(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE).rawLong()).isEqualTo(-2L);
  }

  @Test
  void everyStringEncoding() {
    assertThat(string(0)).isNull();
    assertThat(string(1)).isEmpty();
    byte[] utf8 = "héllo ✓".getBytes(StandardCharsets.UTF_8);
    int[] utf8Bytes = new int[utf8.length + 2];
    utf8Bytes[0] = 3;
    utf8Bytes[1] = utf8.length;
    for (int i = 0; i < utf8.length; i++) {
      utf8Bytes[i + 2] = utf8[i];
    }
    assertThat(string(utf8Bytes)).isEqualTo("héllo ✓");
    assertThat(string(5, 3, 'h', 0xE9, '!')).isEqualTo("hé!"); // Latin-1: é is one byte
    // chars as variable-length ints: 'a', U+2713 (0x2713 = 0b10_0111_0001_0011)
    assertThat(string(4, 2, 'a', 0x93, 0x4E)).isEqualTo("a✓");
    assertThatThrownBy(() -> string(9)).isInstanceOf(FormatException.class);
  }

  @Test
  void skippingAStringLeavesTheNextValue() {
    for (int[] bytes :
        new int[][] {
          {0, 42},
          {1, 42},
          {2, 0x80, 0x01, 42},
          {3, 2, 'h', 'i', 42},
          {4, 2, 'h', 'i', 42},
          {5, 1, 0xE9, 42}
        }) {
      ChunkInput in = input(bytes);
      in.skipString();
      assertThat(in.varLong()).as("encoding %d", bytes[0]).isEqualTo(42);
    }
  }

  @Test
  void anAbsurdLengthIsRefusedBeforeAnythingIsAllocated() {
    // 2^62 bytes of UTF-8, and 2^31 - 1 chars, in a five-byte chunk
    assertThatThrownBy(() -> string(3, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40))
        .isInstanceOf(FormatException.class);
    assertThatThrownBy(() -> string(4, 0xFF, 0xFF, 0xFF, 0xFF, 0x07))
        .isInstanceOf(FormatException.class);
    assertThatThrownBy(() -> input(0x05, 1, 2).length(1)).isInstanceOf(FormatException.class);
    assertThat(input(0x02, 1, 2).length(1)).isEqualTo(2);
  }

  private static String string(int... bytes) {
    ChunkInput in = input(bytes);
    return in.inlineString(in.readByte());
  }
}
