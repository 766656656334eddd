package io.serialscope.analyzer.jfr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GPU part of a recording as read: device work with its clock anchors, when each operation was
 * enqueued, and the CPU's waits for the GPU. {@link GpuLanes} turns it into lanes, segments and
 * edges once the CPU lanes are walked.
 */
final class GpuRecording {
  /**
   * A kernel or copy as the device ran it.
   *
   * @param correlationId the id of the launch or copy that enqueued it
   * @param streamId the stream's handle (0: the default stream)
   * @param copy whether it is a memory copy (else a kernel)
   * @param label the kernel's name or the copy's direction
   * @param anchorId the clock anchor its device times are offsets from
   * @param startAfterAnchorNanos device start, ns after the anchor
   * @param endAfterAnchorNanos device end, ns after the anchor
   */
  record Work(
      long correlationId,
      long streamId,
      boolean copy,
      String label,
      long anchorId,
      long startAfterAnchorNanos,
      long endAfterAnchorNanos) {}

  /**
   * A CPU thread waited for GPU work (a synchronize, a blocking copy); its resumption is the {@link
   * LaneEvent.Kind#GPU_RESUME} whose id is this wait's index in {@link #waits}.
   *
   * @param streamId the stream waited for, -1 for every stream
   * @param awaitedCorrelationId the last operation waited for, or 0: the latest enqueued on the
   *     stream(s) before {@code beganNanos}
   * @param beganNanos when the wait began (recording clock, epoch ns)
   */
  record Wait(long streamId, long awaitedCorrelationId, long beganNanos) {}

  /** {@code cuStreamWaitEvent}: work on {@code streamId} enqueued after it waits for another. */
  record StreamWait(long correlationId, long streamId, long awaitedCorrelationId) {}

  final List<Work> works = new ArrayList<>();

  /** Anchor id → its recording time (epoch ns). */
  final Map<Long, Long> anchorNanos = new HashMap<>();

  /** Correlation id → when the CPU enqueued it (epoch ns). */
  final Map<Long, Long> submitNanos = new HashMap<>();

  final List<Wait> waits = new ArrayList<>();
  final List<StreamWait> streamWaits = new ArrayList<>();

  /** Adds a wait and returns its key for the resuming {@link LaneEvent.Kind#GPU_RESUME}. */
  long addWait(long streamId, long awaitedCorrelationId, long beganNanos) {
    waits.add(new Wait(streamId, awaitedCorrelationId, beganNanos));
    return waits.size() - 1;
  }

  boolean isEmpty() {
    return works.isEmpty() && waits.isEmpty();
  }
}
