package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.ExecutionSample;
import java.util.List;
import java.util.Map;

/**
 * A recording read into per-thread timelines, before any graph is built.
 *
 * @param lanes timelines by Java thread id
 * @param originNanos epoch nanoseconds of the first event
 * @param endNanos epoch nanoseconds of the last event's end
 * @param hardware the recorded machine
 * @param agentEvents how many serialscope events the recording holds
 * @param warnings problems found while reading
 * @param samples JFR execution samples ({@code jdk.ExecutionSample}), in recording order
 * @param partial whether part of the recording could not be read (truncated, salvaged)
 * @param gpu the GPU work, its clock anchors and the CPU's waits for it (empty without a GPU)
 * @param jfrDataLossBytes what JFR reported lost ({@code jdk.DataLoss} amounts), in bytes
 * @param jfrLostEvents the events JFR lost, estimated from those bytes ({@link JfrDataLoss})
 * @param mergedTasks tiny fork/join tasks the agent merged into their forkers ({@code Coarsening})
 */
record RawRecording(
    Map<Long, LaneTimeline> lanes,
    long originNanos,
    long endNanos,
    Analysis.Hardware hardware,
    long agentEvents,
    List<String> warnings,
    List<ExecutionSample> samples,
    boolean partial,
    GpuRecording gpu,
    long jfrDataLossBytes,
    long jfrLostEvents,
    long mergedTasks) {

  /** A recording in which JFR lost nothing and no task was merged. */
  RawRecording(
      Map<Long, LaneTimeline> lanes,
      long originNanos,
      long endNanos,
      Analysis.Hardware hardware,
      long agentEvents,
      List<String> warnings,
      List<ExecutionSample> samples,
      boolean partial,
      GpuRecording gpu) {
    this(
        lanes,
        originNanos,
        endNanos,
        hardware,
        agentEvents,
        warnings,
        samples,
        partial,
        gpu,
        0,
        0,
        0);
  }

  /** A recording without execution samples and GPU events. */
  RawRecording(
      Map<Long, LaneTimeline> lanes,
      long originNanos,
      long endNanos,
      Analysis.Hardware hardware,
      long agentEvents,
      List<String> warnings) {
    this(
        lanes,
        originNanos,
        endNanos,
        hardware,
        agentEvents,
        warnings,
        List.of(),
        false,
        new GpuRecording());
  }
}
