package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.Analyzer;
import io.serialscope.analyzer.findings.Finding;
import io.serialscope.analyzer.insight.GpuUtilization;
import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GPU timelines written by hand (times in ns, origin 0) → the lanes, segments, edges, work, span
 * and critical-path shares they must give. Answers are computed by hand in the comments; integer
 * results must match exactly, shares within 1e-9.
 */
class GpuAssemblyTest {
  private static final double EXACT = 1e-9;
  private static final long ANCHOR_NANOS = 50;

  private final Map<Long, LaneTimeline> lanes = new LinkedHashMap<>();
  private final GpuRecording gpu = new GpuRecording();
  private final LaneTimeline main = new LaneTimeline(1, "main");

  GpuAssemblyTest() {
    lanes.put(1L, main);
    main.hasAgentEvents = true;
    gpu.anchorNanos.put(7L, ANCHOR_NANOS);
  }

  private void at(long t, Kind kind, long id) {
    main.events.add(new LaneEvent(t, kind, id, null));
  }

  private void launch(long t, long correlation) {
    gpu.submitNanos.put(correlation, t);
    at(t, Kind.GPU_SUBMIT, correlation);
  }

  /** Device work on the recording's clock, written as the agent does: offsets from anchor 7. */
  private void work(long correlation, long stream, boolean copy, String label, long from, long to) {
    gpu.works.add(
        new GpuRecording.Work(
            correlation, stream, copy, label, 7, from - ANCHOR_NANOS, to - ANCHOR_NANOS));
  }

  /**
   * A synchronize (or blocking copy) from {@code began} to {@code returned}, as the reader does.
   */
  private void sync(long began, long returned, long stream, long awaited) {
    long key = gpu.addWait(stream, awaited, began);
    at(began, Kind.BLOCK_START, 0);
    at(returned, Kind.GPU_RESUME, key);
    at(returned, Kind.BLOCK_END, 0);
  }

  private Analysis analyze(long end) {
    main.sort();
    RawRecording raw =
        new RawRecording(
            lanes,
            0,
            end,
            new Analysis.Hardware(2, 2, "test", List.of()),
            1,
            new ArrayList<>(),
            List.of(),
            false,
            gpu);
    RecordingAnalyzer.Assembled assembled = RecordingAnalyzer.assemble(raw);
    assertThat(assembled.droppedEdges()).isZero();
    assertThat(assembled.unplacedGpuWork()).isZero();
    return Analyzer.analyze("test", assembled.graph(), raw.hardware(), List.of(), 0);
  }

  private static long countEdges(SegmentGraph g, EdgeKind kind) {
    long n = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      n += g.edgeKind(e) == kind ? 1 : 0;
    }
    return n;
  }

  private static Finding finding(Analysis a, String id) {
    return a.insights().findings().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void launchBoundLoopIsCpuOnTheCriticalPathAndLeavesTheGpuIdle() {
    // The CPU spends 90 then 100 ns per iteration preparing a 10 ns kernel, launched at 90, 190,
    // 290, 390; kernels run [95,105], [195,205], [295,305], [395,405] on stream 3. The CPU works
    // 390..395, synchronizes 395..410, then works 410..420.
    at(0, Kind.TASK_START, -1);
    for (int i = 0; i < 4; i++) {
      launch(100L * i + 90, i + 1);
      work(i + 1, 3, false, "axpy", 100L * i + 95, 100L * i + 105);
    }
    sync(395, 410, 3, 0);
    at(420, Kind.TASK_END, -1);
    Analysis a = analyze(420);
    SegmentGraph g = a.graph();

    // CPU: [0,90] [90,190] [190,290] [290,390] [390,395] [410,420] = 405; GPU: 4 x 10 = 40
    assertThat(a.workNanos()).isEqualTo(445);
    // longest path: CPU to 390 (390), kernel 4 (10), the resumed CPU segment (10) = 410; the
    // all-CPU path is 395 + 10 = 405
    assertThat(a.spanNanos()).isEqualTo(410);
    assertThat(g.lanes()).extracting(l -> l.name()).containsExactly("main", "GPU stream 1");
    assertThat(countEdges(g, EdgeKind.GPU_LAUNCH)).isEqualTo(4);
    assertThat(countEdges(g, EdgeKind.STREAM_ORDER)).isEqualTo(3);
    assertThat(countEdges(g, EdgeKind.GPU_SYNC)).isEqualTo(1);

    GpuUtilization u = GpuUtilization.of(a);
    assertThat(u.busyNanos()).isEqualTo(40);
    assertThat(u.idleNanos()).isEqualTo(420 - 40);
    assertThat(u.criticalPathCpuShare()).isCloseTo(400.0 / 410, within(EXACT));
    assertThat(u.criticalPathKernelShare()).isCloseTo(10.0 / 410, within(EXACT));
    assertThat(u.criticalPathCopyShare()).isZero();
    Finding f = finding(a, "gpu-idle-while-cpu-prepares");
    assertThat(f).isNotNull();
    // idle 380/420 = 90.5% -> "90%"; CPU 400/410 = 97.6% -> "98%"
    assertThat(f.summary()).startsWith("The GPU is idle 90% of the time").contains("98%");
  }

  @Test
  void computeBoundStepIsGpuOnTheCriticalPath() {
    // CPU 0..20 prepares; async H2D copy enqueued at 20 runs [25,125]; kernels A, B enqueued at
    // 30 and 40 run [125,1125] and [1125,2125]; a blocking D2H copy called at 50 runs
    // [2125,2175]; the call returns at 2200; the CPU post-processes 2200..2300. All on stream 9.
    at(0, Kind.TASK_START, -1);
    launch(20, 1);
    work(1, 9, true, "H2D", 25, 125);
    launch(30, 2);
    work(2, 9, false, "sgemm", 125, 1125);
    launch(40, 3);
    work(3, 9, false, "sgemm", 1125, 2125);
    // a blocking copy as the reader writes it: blocked, enqueued, resumed after the copy itself
    long key = gpu.addWait(9, 4, 50);
    at(50, Kind.BLOCK_START, 0);
    launch(50, 4);
    at(2200, Kind.GPU_RESUME, key);
    at(2200, Kind.BLOCK_END, 0);
    work(4, 9, true, "D2H", 2125, 2175);
    at(2300, Kind.TASK_END, -1);
    Analysis a = analyze(2300);
    SegmentGraph g = a.graph();

    // CPU: [0,20] [20,30] [30,40] [40,50] [2200,2300] = 150; GPU: 100 + 1000 + 1000 + 50 = 2150
    assertThat(a.workNanos()).isEqualTo(2300);
    // [0,20] -> H2D 100 -> A 1000 -> B 1000 -> D2H 50 -> [2200,2300] 100 = 2270
    assertThat(a.spanNanos()).isEqualTo(2270);
    long kernels = 0;
    long copies = 0;
    for (int s = 0; s < g.segmentCount(); s++) {
      kernels += g.kind(s) == SegmentKind.GPU_KERNEL ? 1 : 0;
      copies += g.kind(s) == SegmentKind.GPU_COPY ? 1 : 0;
    }
    assertThat(kernels).isEqualTo(2);
    assertThat(copies).isEqualTo(2);

    GpuUtilization u = GpuUtilization.of(a);
    assertThat(u.busyNanos()).isEqualTo(2150); // [25, 2175] without a gap
    assertThat(u.idleNanos()).isEqualTo(150);
    assertThat(u.criticalPathCpuShare()).isCloseTo(120.0 / 2270, within(EXACT));
    assertThat(u.criticalPathKernelShare()).isCloseTo(2000.0 / 2270, within(EXACT));
    assertThat(u.criticalPathCopyShare()).isCloseTo(150.0 / 2270, within(EXACT));
    assertThat(finding(a, "gpu-idle-while-cpu-prepares")).isNull();
  }

  @Test
  void streamWaitOrdersStreamsAndADeviceSyncAwaitsEveryStream() {
    // kernel X on stream 1 enqueued at 10 runs [20,120]; stream 2 waits for X's event (wait
    // enqueued as operation 2), then kernel Y enqueued at 15 runs [120,220]; the CPU
    // synchronizes the device 30..230 and works 230..240.
    at(0, Kind.TASK_START, -1);
    launch(10, 1);
    work(1, 1, false, "X", 20, 120);
    gpu.streamWaits.add(new GpuRecording.StreamWait(2, 2, 1));
    launch(15, 3);
    work(3, 2, false, "Y", 120, 220);
    sync(30, 230, -1, 0);
    at(240, Kind.TASK_END, -1);
    Analysis a = analyze(240);
    SegmentGraph g = a.graph();

    assertThat(countEdges(g, EdgeKind.GPU_STREAM_WAIT)).isEqualTo(1);
    assertThat(countEdges(g, EdgeKind.GPU_SYNC)).isEqualTo(2); // last of stream 1 and of 2
    // CPU [0,10] [10,15] [15,30] [230,240] = 40; GPU 200
    assertThat(a.workNanos()).isEqualTo(240);
    // [0,10] -> X 100 -> Y 100 -> [230,240] 10 = 220
    assertThat(a.spanNanos()).isEqualTo(220);
  }

  @Test
  void workWithoutItsClockAnchorIsLeftOutAndCounted() {
    at(0, Kind.TASK_START, -1);
    launch(10, 1);
    gpu.works.add(new GpuRecording.Work(1, 3, false, "lost", 99, 0, 10));
    at(20, Kind.TASK_END, -1);
    main.sort();
    RawRecording raw =
        new RawRecording(
            lanes,
            0,
            20,
            new Analysis.Hardware(2, 2, "test", List.of()),
            1,
            new ArrayList<>(),
            List.of(),
            false,
            gpu);
    RecordingAnalyzer.Assembled assembled = RecordingAnalyzer.assemble(raw);
    assertThat(assembled.unplacedGpuWork()).isEqualTo(1);
    assertThat(assembled.graph().segmentCount()).isEqualTo(2); // [0,10] [10,20]
  }
}
