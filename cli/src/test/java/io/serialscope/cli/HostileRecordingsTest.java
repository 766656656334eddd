package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.agent.bootstrap.events.AwaitEvent;
import io.serialscope.agent.bootstrap.events.LabelEnterEvent;
import io.serialscope.agent.bootstrap.events.LabelExitEvent;
import io.serialscope.agent.bootstrap.events.SignalEvent;
import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import io.serialscope.cli.workloads.TaskChain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged, hostile and nonsensical recordings: each gets exit 0 (analyzed as far as it goes) or 2
 * (one clear line), within a minute, without a stack trace or an OutOfMemoryError. Hostile names
 * reach every output escaped.
 */
class HostileRecordingsTest {
  @TempDir static Path dir;
  private static byte[] good;
  private static byte[] tiny;

  @BeforeAll
  static void recordings() throws Exception {
    Path out = dir.resolve("good");
    StringWriter err = new StringWriter();
    int code =
        SerialscopeCommand.newCommandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(err, true))
            .execute(
                "run",
                "--out",
                out.toString(),
                "--",
                ProfiledRun.currentJava(),
                "-cp",
                System.getProperty("java.class.path"),
                TaskChain.class.getName());
    assertThat(code).as("stderr: %s", err).isZero();
    good = Files.readAllBytes(out.resolve("recording.jfr"));
    Path small = dir.resolve("tiny.jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ThreadStart");
      r.start();
      Thread t = new Thread(() -> {});
      t.start();
      t.join();
      r.stop();
      r.dump(small);
    }
    tiny = Files.readAllBytes(small);
  }

  /** Result of analyzing one input: exit code and what was printed. */
  record Outcome(int code, String out, String err) {}

  private static Outcome analyze(Path input) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          StringWriter out = new StringWriter();
          StringWriter err = new StringWriter();
          int code =
              SerialscopeCommand.newCommandLine()
                  .setOut(new PrintWriter(out, true))
                  .setErr(new PrintWriter(err, true))
                  .execute(
                      "analyze",
                      input.toString(),
                      "--out",
                      dir.resolve("out-" + input.getFileName()).toString());
          return new Outcome(code, out.toString(), err.toString());
        });
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void assertRefusedInOneLine(Outcome o, String message) {
    assertThat(o.code()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).startsWith("serialscope: ").contains(message).doesNotContain("\tat ");
  }

  private static void assertAnalyzedOrRefusedCleanly(Outcome o) {
    assertThat(o.code()).as(o.err()).isIn(0, 2);
    assertThat(o.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    if (o.code() == 2) {
      assertThat(o.err().strip().lines()).hasSize(1);
    }
  }

  private static byte[] edit(byte[] source, UnaryOperator<byte[]> change) {
    return change.apply(source.clone());
  }

  @Test
  void tooShortWrongMagicAndUnsupportedVersionAreRefusedInOneLine() throws Exception {
    assertRefusedInOneLine(analyze(write("empty.jfr", new byte[0])), "is empty");
    assertRefusedInOneLine(
        analyze(write("seven.jfr", java.util.Arrays.copyOf(good, 7))), "not a readable JFR");
    assertRefusedInOneLine(
        analyze(
            write(
                "magic.jfr",
                edit(
                    good,
                    b -> {
                      b[0] = 'X';
                      return b;
                    }))),
        "not a readable JFR");
    assertRefusedInOneLine(
        analyze(
            write(
                "version.jfr",
                edit(
                    good,
                    b -> {
                      b[5] = 9;
                      return b;
                    }))),
        "not a readable JFR");
    assertRefusedInOneLine(analyze(Files.createDirectories(dir.resolve("emptydir"))), "directory");
  }

  @Test
  void aTruncatedChunkIsRefusedOrAnalyzedAsFarAsItGoes() throws Exception {
    for (int percent : new int[] {10, 50, 90, 99}) {
      byte[] cut = java.util.Arrays.copyOf(good, good.length * percent / 100);
      assertAnalyzedOrRefusedCleanly(analyze(write("cut" + percent + ".jfr", cut)));
    }
  }

  @Test
  void flippedBitsAndAbsurdSizesNeitherCrashNorHang() throws Exception {
    Random random = new Random(20261129);
    for (int round = 0; round < 6; round++) {
      byte[] flipped = good.clone();
      for (int i = 0; i < 50; i++) {
        flipped[68 + random.nextInt(flipped.length - 68)] ^= (byte) (1 << random.nextInt(8));
      }
      assertAnalyzedOrRefusedCleanly(analyze(write("flipped" + round + ".jfr", flipped)));
    }
    byte[] absurd = good.clone();
    for (int i = 8; i < 16; i++) { // the chunk size field
      absurd[i] = (byte) (i == 8 ? 0x7f : 0xff);
    }
    assertAnalyzedOrRefusedCleanly(analyze(write("absurd.jfr", absurd)));
  }

  @Test
  void aThousandTinyChunksAreReadWithoutTrouble() throws Exception {
    byte[] many = new byte[tiny.length * 1000];
    for (int i = 0; i < 1000; i++) {
      System.arraycopy(tiny, 0, many, i * tiny.length, tiny.length);
    }
    assertRefusedInOneLine(analyze(write("many.jfr", many)), "has no serialscope events");
  }

  /**
   * Events in nonsensical orders (ends without starts, waits for what never happened, tasks that
   * spawn each other, labels never closed) on threads and with labels named to break markup.
   */
  @Test
  void nonsensicalEventOrdersAndHostileNamesAreAnalyzedAndEscaped() throws Exception {
    String[] hostile = {
      "<script>alert(1)</script>", "\"quoted\" & 'single'", "line\nbreak\u0001ctl",
      "sep\u2028arator", "broken \uD800 surrogate", "</style><img src=x onerror=alert(2)>",
      "esc\u001b[31mred\u001b[0m"
    };
    for (int seed = 0; seed < 3; seed++) {
      Path file = dir.resolve("nonsense" + seed + ".jfr");
      Random random = new Random(seed);
      try (Recording r = new Recording()) {
        r.start();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < hostile.length; t++) {
          long threadSeed = random.nextLong();
          String name = hostile[t % hostile.length];
          threads.add(new Thread(() -> emitNonsense(new Random(threadSeed), hostile), name));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
          t.join();
        }
        r.stop();
        r.dump(file);
      }
      Outcome o = analyze(file);
      assertAnalyzedOrRefusedCleanly(o);
      assertThat(o.out() + o.err()).doesNotContain("\u001b").doesNotContain("\u0001");
      if (o.code() == 0) {
        assertOutputsEscaped(dir.resolve("out-" + file.getFileName()));
      }
    }
  }

  private static void emitNonsense(Random random, String[] hostile) {
    for (int i = 0; i < 400; i++) {
      long id = random.nextInt(12) - 3; // collide on purpose, some negative, some zero
      long end = System.nanoTime() + random.nextInt(30_000);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      switch (random.nextInt(7)) {
        case 0 -> {
          TaskStartEvent e = new TaskStartEvent();
          e.taskId = id;
          e.label = hostile[random.nextInt(hostile.length)];
          e.cpuNanos = random.nextBoolean() ? -1 : random.nextLong();
          e.commit();
        }
        case 1 -> {
          TaskEndEvent e = new TaskEndEvent();
          e.taskId = id;
          e.commit();
        }
        case 2 -> {
          SpawnEvent e = new SpawnEvent();
          e.taskId = id;
          e.commit();
        }
        case 3 -> {
          SignalEvent e = new SignalEvent();
          e.objectId = id;
          e.commit();
        }
        case 4 -> {
          AwaitEvent e = new AwaitEvent();
          e.objectId = id;
          e.commit();
        }
        case 5 -> {
          LabelEnterEvent e = new LabelEnterEvent();
          e.label = hostile[random.nextInt(hostile.length)];
          e.commit();
        }
        default -> new LabelExitEvent().commit();
      }
    }
  }

  private static void assertOutputsEscaped(Path out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    json.readTree(out.resolve("report.json").toFile()); // parses
    json.readTree(out.resolve("trace.json").toFile());
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    assertThat(html).doesNotContain("\u2028");
    String markdown = Files.readString(out.resolve("summary.md"));
    assertThat(markdown).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    assertThat(markdown).doesNotContain("\u0001");
  }
}
