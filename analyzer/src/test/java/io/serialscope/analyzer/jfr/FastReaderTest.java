package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serialscope.analyzer.jfr.format.EventView;
import io.serialscope.analyzer.jfr.format.FastRecordingFile;
import io.serialscope.analyzer.jfr.format.FieldName;
import io.serialscope.analyzer.jfr.format.FormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.Unsigned;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast reader against the JDK's {@code RecordingFile} on a recording made here: every event in
 * the same order with the same times, every field kind (unsigned ones, strings in every encoding
 * JFR chooses, threads, stack traces) read the same way.
 */
class FastReaderTest {
  @TempDir static Path dir;
  private static Path recording;

  @Name("test.AllKinds")
  @SuppressWarnings("unused") // read through JFR
  static final class AllKinds extends Event {
    boolean aBoolean;
    byte aByte;
    short aShort;
    char aChar;
    int anInt;
    long aLong;
    float aFloat;
    double aDouble;
    String text;
    Thread thread;
    @Unsigned int unsignedInt;
    @Unsigned short unsignedShort;
    @Unsigned byte unsignedByte;
  }

  enum Field implements FieldName {
    EVENT_THREAD("eventThread"),
    A_BOOLEAN("aBoolean"),
    A_BYTE("aByte"),
    A_SHORT("aShort"),
    A_CHAR("aChar"),
    AN_INT("anInt"),
    A_LONG("aLong"),
    A_FLOAT("aFloat"),
    A_DOUBLE("aDouble"),
    TEXT("text"),
    THREAD("thread"),
    UNSIGNED_INT("unsignedInt"),
    UNSIGNED_SHORT("unsignedShort"),
    UNSIGNED_BYTE("unsignedByte"),
    ABSENT("noSuchField");

    private final String jfrName;

    Field(String jfrName) {
      this.jfrName = jfrName;
    }

    @Override
    public String jfrName() {
      return jfrName;
    }
  }

  private static final String[] TEXTS = {
    null,
    "",
    "ascii",
    "Latin-1: é à ü",
    "beyond Latin-1: ✓ 日本 \uD83D\uDE00",
    "long enough to go to JFR's string pool, and repeated",
    "x".repeat(300)
  };

  @BeforeAll
  static void record() throws Exception {
    recording = dir.resolve("all-kinds.jfr");
    try (Recording r = new Recording()) {
      r.enable("test.AllKinds");
      r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
      r.enable("jdk.ThreadStart");
      r.enable("jdk.ThreadSleep");
      r.start();
      Thread worker = new Thread(FastReaderTest::emit, "worker ✓ \"named\"");
      worker.start();
      worker.join();
      r.stop();
      r.dump(recording);
    }
  }

  private static void emit() {
    long spin = System.nanoTime() + 150_000_000L; // long enough for execution samples
    long sum = 0;
    for (int i = 0; System.nanoTime() < spin || i < 2 * TEXTS.length; i++) {
      sum += i;
      if (i < 200) {
        AllKinds e = new AllKinds();
        e.begin();
        e.aBoolean = i % 2 == 0;
        e.aByte = (byte) (i * 37);
        e.aShort = (short) (i * 7919);
        e.aChar = (char) (0xFFFF - i);
        e.anInt = i % 3 == 0 ? Integer.MIN_VALUE + i : -i;
        e.aLong = i % 5 == 0 ? Long.MIN_VALUE + i : Long.MAX_VALUE - i;
        e.aFloat = i % 7 == 0 ? Float.NaN : i / 3f;
        e.aDouble = i % 11 == 0 ? Double.NEGATIVE_INFINITY : -i / 7.0;
        e.text = TEXTS[i % TEXTS.length];
        e.thread = i % 4 == 0 ? null : Thread.currentThread();
        e.unsignedInt = -1 - i;
        e.unsignedShort = (short) (-1 - i);
        e.unsignedByte = (byte) (-1 - i);
        e.commit();
      }
    }
    if (sum == 42) {
      System.out.println(); // keeps the loop from being removed
    }
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Everything the analyzer can ask of an event, as text. */
  private static String describe(EventView e) {
    StringBuilder b = new StringBuilder(e.typeName());
    b.append(' ').append(e.startNanos()).append(' ').append(e.endNanos());
    b.append(" thread=").append(thread(e.getThread(Field.EVENT_THREAD)));
    b.append(" absent=").append(e.hasField(Field.ABSENT));
    b.append(" frames=").append(e.stackFrameNames(64));
    if (e.typeName().equals("test.AllKinds")) {
      for (Field f : List.of(Field.A_BYTE, Field.A_SHORT, Field.A_CHAR, Field.AN_INT)) {
        b.append(' ').append(e.getInt(f)).append('/').append(e.getLong(f));
        b.append('/').append(e.getDouble(f));
      }
      for (Field f : List.of(Field.UNSIGNED_BYTE, Field.UNSIGNED_SHORT, Field.UNSIGNED_INT)) {
        b.append(' ').append(e.getLong(f)).append('/').append(e.getDouble(f));
        if (f != Field.UNSIGNED_INT) {
          b.append('/').append(e.getInt(f));
        }
      }
      b.append(' ').append(e.getBoolean(Field.A_BOOLEAN));
      b.append(' ').append(e.getLong(Field.A_LONG)).append('/').append(e.getDouble(Field.A_LONG));
      b.append(' ')
          .append(e.getDouble(Field.A_FLOAT))
          .append('/')
          .append(e.getDouble(Field.A_DOUBLE));
      b.append(" text=").append(e.getString(Field.TEXT));
      b.append(" field thread=").append(thread(e.getThread(Field.THREAD)));
    }
    return b.toString();
  }

  private static String thread(EventView.ThreadView t) {
    return t == null ? "none" : t.javaThreadId() + ":" + t.javaName() + ":" + t.osName();
  }

  @Test
  void readsWhatRecordingFileReads() throws Exception {
    List<String> jdk = new ArrayList<>();
    RecordedEventView adapter = new RecordedEventView();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        jdk.add(describe(adapter.of(file.readEvent())));
      }
    }
    List<String> fast = new ArrayList<>();
    FastRecordingFile.read(recording, Field.values(), e -> fast.add(describe(e)));

    assertThat(fast).isEqualTo(jdk);
    // stack traces (the sampler's own events, if it caught a thread, are compared above too)
    assertThat(fast).anyMatch(s -> s.startsWith("test.AllKinds") && s.contains("emit, "));
    assertThat(fast).anyMatch(s -> s.contains("text=beyond Latin-1: ✓ 日本 \uD83D\uDE00"));
    assertThat(fast).anyMatch(s -> s.contains("thread=") && s.contains("worker ✓ \"named\""));
  }

  @Test
  void anAbsentOrMistypedFieldIsRefusedAsRecordedObjectRefusesIt() throws Exception {
    List<Runnable> asks = new ArrayList<>();
    FastRecordingFile.read(
        recording,
        Field.values(),
        e -> {
          if (e.typeName().equals("test.AllKinds") && asks.isEmpty()) {
            assertThatThrownBy(() -> e.getLong(Field.ABSENT)).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> e.getInt(Field.A_LONG)).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> e.getString(Field.AN_INT)).isInstanceOf(FormatException.class);
            assertThatThrownBy(() -> e.getThread(Field.TEXT)).isInstanceOf(FormatException.class);
            asks.add(() -> {});
          }
        });
    assertThat(asks).hasSize(1);
  }

  @Test
  void aDamagedOrForeignFileIsRefusedWithoutReadingPastIt() throws Exception {
    byte[] good = Files.readAllBytes(recording);
    for (int cut : new int[] {0, 10, 67, 68, good.length / 2, good.length - 1}) {
      Path file =
          Files.write(dir.resolve("cut" + cut + ".jfr"), java.util.Arrays.copyOf(good, cut));
      assertThatThrownBy(() -> FastRecordingFile.read(file, Field.values(), e -> {}))
          .as("cut at %d", cut)
          .isInstanceOf(FormatException.class);
    }
    byte[] version = good.clone();
    version[5] = 9; // major version 9
    byte[] absurd = good.clone();
    for (int i = 8; i < 16; i++) { // chunk size 2^63 - 1
      absurd[i] = (byte) (i == 8 ? 0x7f : 0xff);
    }
    byte[] unfinished = good.clone();
    unfinished[64] = 1; // the file state of a chunk still being written
    for (byte[] bytes : List.of(version, absurd, unfinished)) {
      Path file = Files.write(dir.resolve("damaged.jfr"), bytes);
      assertThatThrownBy(() -> FastRecordingFile.read(file, Field.values(), e -> {}))
          .isInstanceOf(FormatException.class);
    }
  }
}
