package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real agent's JCuda tracer end to end, on a simulated device: {@code src/test/fakejcuda} is a
 * test double of JCuda's driver API (same class and method names, a device clock that is
 * System.nanoTime()) compiled here into a class path of its own. What this proves without a GPU:
 * the agent weaves JCuda by name, its reflective calls, the CUDA-event timing read back by its
 * daemon thread, the clock anchors and the analyzer's placement. What it cannot prove: how a real
 * driver behaves (see docs/recording-model.md and scripts/gpu-check.sh).
 */
class SimulatedGpuTracingTest {
  private static final long KERNEL_NANOS = 3_000_000;
  private static final long HEAD_KERNEL_NANOS = 50_000_000;

  /** CUDA reports milliseconds as a float: about 0.1 µs at these magnitudes; allowed 1 µs. */
  private static final long FLOAT_MS_NANOS = 1_000;

  @TempDir static Path dir;
  private static List<RecordedEvent> events;
  private static Path recording;

  @BeforeAll
  static void runOnTheSimulatedDevice() throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "fakejcuda"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    args.addAll(sources);
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();

    recording = dir.resolve("recording.jfr");
    Path log = dir.resolve("jvm.log");
    Process p =
        new ProcessBuilder(
                ProfiledRun.currentJava(),
                "-javaagent:" + ForkedJvm.AGENT_JAR + "=output=" + recording,
                "-cp",
                classes.toString(),
                "fakegpu.SimulatedGpuProgram")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log)).contains("done");
    events = RecordingFile.readAllEvents(recording);
  }

  private static List<RecordedEvent> named(String name) {
    return events.stream().filter(e -> e.getEventType().getName().equals(name)).toList();
  }

  /** Device start and end of each GpuWork on the recording's clock, by correlation id. */
  private static Map<Long, long[]> placedWork() {
    Map<Long, Long> anchors = new HashMap<>();
    for (RecordedEvent a : named("serialscope.GpuClockAnchor")) {
      anchors.put(a.getLong("anchorId"), epochNanos(a));
    }
    Map<Long, long[]> placed = new HashMap<>();
    for (RecordedEvent w : named("serialscope.GpuWork")) {
      long anchor = anchors.get(w.getLong("anchorId"));
      placed.put(
          w.getLong("correlationId"),
          new long[] {
            anchor + w.getLong("startAfterAnchorNanos"), anchor + w.getLong("endAfterAnchorNanos")
          });
    }
    return placed;
  }

  private static long maxErrorBound() {
    return named("serialscope.GpuClockAnchor").stream()
        .mapToLong(a -> a.getLong("errorBoundNanos"))
        .max()
        .orElseThrow();
  }

  @Test
  void tracerStartsOnceAndTimesEveryKernelAndCopy() {
    List<RecordedEvent> status = named("serialscope.GpuTracerStatus");
    assertThat(status).hasSize(1);
    assertThat(status.get(0).getBoolean("enabled")).as(status.get(0).toString()).isTrue();

    List<RecordedEvent> kernels = new ArrayList<>();
    List<RecordedEvent> copies = new ArrayList<>();
    for (RecordedEvent w : named("serialscope.GpuWork")) {
      (w.getString("kind").equals("kernel") ? kernels : copies).add(w);
    }
    assertThat(kernels)
        .extracting(k -> k.getString("label"))
        .containsOnly("spin_50000us", "spin_3000us")
        .hasSize(6);
    for (RecordedEvent k : kernels) {
      long nanos = k.getLong("endAfterAnchorNanos") - k.getLong("startAfterAnchorNanos");
      if (k.getString("label").equals("spin_3000us")) {
        // queued behind the 50 ms kernel: its CUDA events complete when the device reaches
        // them, so the timing is exact
        assertThat(nanos)
            .isCloseTo(KERNEL_NANOS, org.assertj.core.api.Assertions.within(FLOAT_MS_NANOS));
      } else {
        // on an idle stream the start event completes when recorded, before the launch: never
        // less than the device time, more by the host's launch path
        assertThat(nanos).isGreaterThanOrEqualTo(HEAD_KERNEL_NANOS - FLOAT_MS_NANOS);
      }
    }
    // a blocking upload and an async download on an idle stream: at least their device time
    assertThat(copies).extracting(c -> c.getString("label")).containsExactly("H2D", "D2H");
    assertThat(
            copies.get(0).getLong("endAfterAnchorNanos")
                - copies.get(0).getLong("startAfterAnchorNanos"))
        .isGreaterThanOrEqualTo(1_000_000 - FLOAT_MS_NANOS);
    assertThat(
            copies.get(1).getLong("endAfterAnchorNanos")
                - copies.get(1).getLong("startAfterAnchorNanos"))
        .isGreaterThanOrEqualTo(500_000 - FLOAT_MS_NANOS);
    List<RecordedEvent> copyCalls = named("serialscope.GpuCopy");
    assertThat(copyCalls).extracting(c -> c.getBoolean("async")).containsExactly(false, true);
    assertThat(copyCalls).extracting(c -> c.getLong("bytes")).containsExactly(1_000_000L, 500_000L);
    assertThat(named("serialscope.GpuSync"))
        .extracting(s -> s.getString("what"))
        .containsExactly("stream", "device");
  }

  @Test
  void workOfOneContextSharesAClockAnchorForASecond() {
    // each anchor carries its own alignment error: work placed against different anchors can
    // shift against each other by their sum, so a context renews its anchor once a second only
    List<Long> anchorTimes =
        named("serialscope.GpuClockAnchor").stream().map(e -> epochNanos(e)).sorted().toList();
    assertThat(anchorTimes).isNotEmpty();
    for (int i = 1; i < anchorTimes.size(); i++) {
      assertThat(anchorTimes.get(i) - anchorTimes.get(i - 1))
          .as("anchors %s", anchorTimes)
          .isGreaterThanOrEqualTo(900_000_000L);
    }
  }

  @Test
  void deviceTimesLandOnTheRecordingClockBetweenLaunchAndSynchronize() {
    // causality on one clock, however slow this machine: the device cannot start work before the
    // host enqueued it, and the host cannot return from a synchronize before the device finished;
    // both within the anchors' stated error bound
    Map<Long, long[]> placed = placedWork();
    long error = maxErrorBound() + FLOAT_MS_NANOS;
    long lastKernelEnd = Long.MIN_VALUE;
    for (RecordedEvent launch : named("serialscope.GpuLaunch")) {
      long[] work = placed.get(launch.getLong("correlationId"));
      assertThat(work[0]).isGreaterThanOrEqualTo(epochNanos(launch) - error);
      lastKernelEnd = Math.max(lastKernelEnd, work[1]);
    }
    RecordedEvent streamSync = named("serialscope.GpuSync").get(0);
    long syncReturned =
        streamSync.getEndTime().getEpochSecond() * 1_000_000_000L
            + streamSync.getEndTime().getNano();
    assertThat(lastKernelEnd).isLessThanOrEqualTo(syncReturned + error);
    // and the synchronize waited for them: the last kernel ends shortly before it returns
    assertThat(syncReturned - lastKernelEnd).isLessThan(HEAD_KERNEL_NANOS);
  }

  @Test
  void analysisPutsTheStreamOnTheCriticalPath() throws Exception {
    Path out = dir.resolve("analysis");
    int code =
        SerialscopeCommand.newCommandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(new StringWriter()))
            .execute("analyze", recording.toString(), "--out", out.toString());
    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    // at least 1 ms upload, 50 + 15 ms of kernels back to back, 0.5 ms download
    assertThat(report.at("/gpu/busyNanos").asLong())
        .isGreaterThanOrEqualTo(66_500_000L - 5 * FLOAT_MS_NANOS);
    // all six kernels lie on the critical path: the CPU waits for them before its long tail
    long kernelsOnPath = 0;
    for (JsonNode s : report.at("/criticalPath/segments")) {
      kernelsOnPath += s.get("kind").asText().equals("GPU kernel") ? 1 : 0;
    }
    assertThat(kernelsOnPath).as("%s", report.at("/criticalPath")).isEqualTo(6);
    assertThat(report.at("/warnings").toString()).doesNotContain("GPU");
  }

  private static long epochNanos(RecordedEvent e) {
    return e.getStartTime().getEpochSecond() * 1_000_000_000L + e.getStartTime().getNano();
  }
}
