package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the fast reader refuses is read by {@code RecordingFile} with exactly the outcome it
 * always had: the same reading, the same warnings, the same error message.
 */
class FastReaderFallbackTest {
  @TempDir static Path dir;
  private static byte[] good;

  @Name("serialscope.TaskStart")
  @SuppressWarnings("unused")
  static final class TaskStart extends Event {
    long taskId;
    String label;
    long cpuNanos;
  }

  @Name("serialscope.TaskEnd")
  @SuppressWarnings("unused")
  static final class TaskEnd extends Event {
    long taskId;
    long cpuNanos;
  }

  @BeforeAll
  static void record() throws Exception {
    Path file = dir.resolve("good.jfr");
    try (Recording r = new Recording()) {
      r.start();
      for (int i = 1; i <= 2000; i++) {
        TaskStart s = new TaskStart();
        s.taskId = i;
        s.label = "task " + (i % 7);
        s.commit();
        TaskEnd e = new TaskEnd();
        e.taskId = i;
        e.commit();
      }
      r.stop();
      r.dump(file);
    }
    good = Files.readAllBytes(file);
  }

  @AfterEach
  void defaultReader() {
    System.clearProperty(RecordingReader.READER_PROPERTY);
  }

  /** The reading (or the error) of {@code file} with the reader {@code choice} selects. */
  private static String read(Path file, String choice) {
    System.setProperty(RecordingReader.READER_PROPERTY, choice);
    try {
      return RawRecordingText.of(RecordingReader.read(file));
    } catch (RecordingException e) {
      return "error: " + e.getMessage();
    } finally {
      System.clearProperty(RecordingReader.READER_PROPERTY);
    }
  }

  private static void assertSameAsRecordingFile(Path file) {
    assertThat(read(file, ""))
        .as(file.toString())
        .isEqualTo(read(file, RecordingReader.FAST_READER_OFF));
  }

  @Test
  void aGoodRecordingIsReadByTheFastReaderAlone() throws Exception {
    Path file = Files.write(dir.resolve("good.jfr"), good);
    String fast = read(file, RecordingReader.FAST_READER_ONLY);
    assertThat(fast).doesNotStartWith("error").contains("task 3");
    assertThat(fast).isEqualTo(read(file, RecordingReader.FAST_READER_OFF));
  }

  @Test
  void truncatedFlippedAndAbsurdFilesEndAsRecordingFileEndsThem() throws Exception {
    for (int percent : new int[] {5, 50, 90, 99}) {
      assertSameAsRecordingFile(
          Files.write(
              dir.resolve("cut" + percent + ".jfr"),
              Arrays.copyOf(good, good.length * percent / 100)));
    }
    Random random = new Random(8);
    for (int round = 0; round < 8; round++) {
      byte[] flipped = good.clone();
      for (int i = 0; i < 1 + round * 5; i++) {
        flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
      }
      assertSameAsRecordingFile(Files.write(dir.resolve("flipped" + round + ".jfr"), flipped));
    }
    byte[] absurd = good.clone();
    for (int i = 8; i < 16; i++) {
      absurd[i] = (byte) (i == 8 ? 0x7f : 0xff);
    }
    assertSameAsRecordingFile(Files.write(dir.resolve("absurd.jfr"), absurd));
    byte[] version = good.clone();
    version[5] = 9;
    assertSameAsRecordingFile(Files.write(dir.resolve("version.jfr"), version));
    byte[] twice = Arrays.copyOf(good, good.length * 2);
    System.arraycopy(good, 0, twice, good.length, good.length);
    assertSameAsRecordingFile(Files.write(dir.resolve("two-chunks.jfr"), twice));
    assertSameAsRecordingFile(
        Files.write(dir.resolve("trailing.jfr"), Arrays.copyOf(good, good.length + 30)));
  }

  @Test
  void aFileOfSeveralChunksReadsAsRecordingFileReadsIt() throws Exception {
    Path file = dir.resolve("rotated.jfr");
    try (Recording r = new Recording()) {
      r.start();
      for (int chunk = 0; chunk < 3; chunk++) {
        for (int i = 1; i <= 500; i++) {
          TaskStart s = new TaskStart();
          s.taskId = chunk * 1000 + i;
          s.label = "chunk " + chunk;
          s.commit();
        }
        try (Recording rotate = new Recording()) { // starting a recording starts a new chunk
          rotate.start();
        }
      }
      r.stop();
      r.dump(file);
    }
    assertThat(Chunks.count(file)).isGreaterThan(1);
    String fast = read(file, RecordingReader.FAST_READER_ONLY);
    assertThat(fast).doesNotStartWith("error").contains("chunk 2");
    assertThat(fast).isEqualTo(read(file, RecordingReader.FAST_READER_OFF));
  }

  /** Chunks in a file, by their headers. */
  private static final class Chunks {
    static int count(Path file) throws Exception {
      byte[] bytes = Files.readAllBytes(file);
      int chunks = 0;
      for (long at = 0; at < bytes.length; chunks++) {
        at += java.nio.ByteBuffer.wrap(bytes, (int) at + 8, 8).getLong();
      }
      return chunks;
    }
  }
}
