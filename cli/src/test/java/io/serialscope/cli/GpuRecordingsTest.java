package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.agent.bootstrap.events.GpuClockAnchorEvent;
import io.serialscope.agent.bootstrap.events.GpuCopyEvent;
import io.serialscope.agent.bootstrap.events.GpuLaunchEvent;
import io.serialscope.agent.bootstrap.events.GpuSyncEvent;
import io.serialscope.agent.bootstrap.events.GpuWorkEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings with GPU events, written in this JVM with the agent's own event classes the way the
 * JCuda tracer writes them (device times as offsets from a clock anchor), then analyzed by the real
 * CLI. Device durations are chosen here, so GPU figures are exact; CPU time is real, so CPU figures
 * are checked against bounds that follow from the minimum CPU time spent (a slower machine only
 * adds CPU time, which moves no bound the wrong way except where stated).
 */
class GpuRecordingsTest {
  private static final long STREAM = 5;

  @TempDir Path dir;

  /**
   * The first commit of each event class costs milliseconds (JFR registers it): done here, before
   * any recording, so that it does not appear as CPU work of the programs below.
   */
  @org.junit.jupiter.api.BeforeAll
  static void warmUpEventClasses() {
    new GpuClockAnchorEvent().commit();
    new GpuLaunchEvent().commit();
    new GpuCopyEvent().commit();
    new GpuSyncEvent().commit();
    new GpuWorkEvent().commit();
    new TaskStartEvent().commit();
    new TaskEndEvent().commit();
  }

  /** One thread's GPU program: the CPU side is emitted as it runs, device work at the end. */
  private static final class GpuProgram {
    final long anchorNanoTime;
    final List<GpuWorkEvent> works = new ArrayList<>();
    long deviceFreeAfterAnchor;
    long correlation;

    GpuProgram() {
      GpuClockAnchorEvent anchor = new GpuClockAnchorEvent();
      anchor.anchorId = 1;
      anchor.commit();
      anchorNanoTime = System.nanoTime();
    }

    long now() {
      return System.nanoTime() - anchorNanoTime;
    }

    /** Device work enqueued now: it starts when the stream is free, 2 µs after enqueue at best. */
    long enqueue(boolean copy, String label, long deviceNanos) {
      long id = ++correlation;
      long start = Math.max(deviceFreeAfterAnchor, now() + 2_000);
      deviceFreeAfterAnchor = start + deviceNanos;
      GpuWorkEvent w = new GpuWorkEvent();
      w.correlationId = id;
      w.streamId = STREAM;
      w.kind = copy ? "copy" : "kernel";
      w.label = label;
      w.anchorId = 1;
      w.startAfterAnchorNanos = start;
      w.endAfterAnchorNanos = start + deviceNanos;
      works.add(w);
      return id;
    }

    void launch(String label, long deviceNanos) {
      GpuLaunchEvent e = new GpuLaunchEvent();
      e.correlationId = enqueue(false, label, deviceNanos);
      e.streamId = STREAM;
      e.label = label;
      e.commit();
    }

    void copy(String direction, long deviceNanos, boolean async) {
      GpuCopyEvent e = new GpuCopyEvent();
      e.begin();
      e.correlationId = enqueue(true, direction, deviceNanos);
      e.streamId = STREAM;
      e.direction = direction;
      e.bytes = 1 << 20;
      e.async = async;
      if (!async) {
        waitForDevice();
      }
      e.commit();
    }

    void synchronize() {
      GpuSyncEvent e = new GpuSyncEvent();
      e.begin();
      e.streamId = STREAM;
      e.awaitedCorrelationId = correlation;
      e.what = "stream";
      waitForDevice();
      e.commit();
    }

    private void waitForDevice() {
      while (now() < deviceFreeAfterAnchor + 1_000) {
        Thread.onSpinWait();
      }
    }

    /** What the tracer's poller thread writes once the device completed the work. */
    void readBack() {
      works.forEach(GpuWorkEvent::commit);
    }
  }

  /** A GPU program on a thread of its own; device work is read back afterwards, elsewhere. */
  private interface ProgramBody {
    void run(GpuProgram gpu);
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private Path record(String name, ProgramBody program) throws Exception {
    Path file = dir.resolve(name + ".jfr");
    try (Recording r = new Recording()) {
      r.start();
      GpuProgram[] gpu = new GpuProgram[1];
      Thread t =
          new Thread(
              () -> {
                TaskStartEvent start = new TaskStartEvent();
                start.taskId = -Thread.currentThread().getId();
                start.label = name;
                start.cpuNanos = -1;
                start.commit();
                gpu[0] = new GpuProgram();
                program.run(gpu[0]);
                TaskEndEvent end = new TaskEndEvent();
                end.taskId = -Thread.currentThread().getId();
                end.cpuNanos = -1;
                end.commit();
              },
              name);
      t.start();
      t.join();
      gpu[0].readBack();
      r.stop();
      r.dump(file);
    }
    return file;
  }

  private JsonNode analyze(Path recording) throws Exception {
    Path out = dir.resolve("out-" + recording.getFileName());
    StringWriter err = new StringWriter();
    int code =
        SerialscopeCommand.newCommandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(err, true))
            .execute("analyze", recording.toString(), "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.resolve("report.json").toFile());
  }

  private static long countKind(JsonNode report, String kind) {
    long n = 0;
    for (JsonNode s : report.at("/criticalPath/segments")) {
      n += s.get("kind").asText().equals(kind) ? 1 : 0;
    }
    return n;
  }

  @Test
  void launchBoundLoopIsDiagnosedCpuBound() throws Exception {
    // 20 iterations: the CPU prepares for at least 300 µs, then launches a 10 µs kernel
    Path recording =
        record(
            "launch-bound",
            gpu -> {
              for (int i = 0; i < 20; i++) {
                spin(300_000);
                gpu.launch("tiny", 10_000);
              }
              gpu.synchronize();
            });
    JsonNode report = analyze(recording);

    // exact: 20 disjoint kernels of 10 µs (launches are at least 300 µs apart)
    assertThat(report.at("/gpu/busyNanos").asLong()).isEqualTo(200_000);
    // the CPU chain holds at least 20 x 300 µs = 6 ms and the kernels 0.2 ms in all, so the
    // CPU's share of the critical path is at least 6 / 6.2 = 0.967
    assertThat(report.at("/gpu/criticalPathShare/cpu").asDouble()).isGreaterThan(0.96);
    assertThat(report.at("/gpu/criticalPathShare/gpuKernel").asDouble()).isLessThan(0.04);
    // busy at most 0.2 ms of at least 6 ms
    assertThat(report.at("/gpu/busyShare").asDouble()).isLessThan(0.04);
    assertThat(report.at("/findings").findValuesAsText("id"))
        .contains("gpu-idle-while-cpu-prepares");
    // the work: at least 6 ms of CPU plus exactly 0.2 ms of GPU
    assertThat(report.at("/workNanos").asLong()).isGreaterThanOrEqualTo(6_200_000);
  }

  @Test
  void computeBoundStepHasTheGpuOnTheCriticalPath() throws Exception {
    // an async 1 ms upload, three 100 ms GEMMs launched back to back, a blocking 0.5 ms download
    Path recording =
        record(
            "compute-bound",
            gpu -> {
              gpu.copy("H2D", 1_000_000, true);
              for (int i = 0; i < 3; i++) {
                gpu.launch("sgemm", 100_000_000);
              }
              gpu.copy("D2H", 500_000, false);
            });
    JsonNode report = analyze(recording);

    // exact: the stream is busy without a gap from the upload to the download
    assertThat(report.at("/gpu/busyNanos").asLong()).isEqualTo(301_500_000);
    // the device chain (301.5 ms) is on the critical path; the CPU adds only the enqueue calls
    // and the moments around them (microseconds). The bound tolerates up to 100 ms of stalls of
    // the CPU side (a loaded machine): kernels >= 300 / 401.5
    double kernel = report.at("/gpu/criticalPathShare/gpuKernel").asDouble();
    double copy = report.at("/gpu/criticalPathShare/copy").asDouble();
    double cpu = report.at("/gpu/criticalPathShare/cpu").asDouble();
    assertThat(kernel).as("%s", report.at("/criticalPath")).isGreaterThan(300 / 401.5);
    // copy share: 1.5 ms of the span; the span is at least the device chain, 301.5 ms
    assertThat(copy).isBetween(1.5 / 401.5, 1.5 / 301.5);
    assertThat(kernel + copy + cpu).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(countKind(report, "GPU kernel")).isEqualTo(3);
    assertThat(countKind(report, "GPU copy")).isEqualTo(2);
    assertThat(report.at("/findings").findValuesAsText("id"))
        .doesNotContain("gpu-idle-while-cpu-prepares");
  }
}
