package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.RecordedText;
import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import io.serialscope.analyzer.jfr.format.EventView;
import io.serialscope.analyzer.jfr.format.EventView.ThreadView;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the agent's GPU events: enqueues and waits go on the CPU thread's timeline (a wait is a
 * blocked interval followed by a {@link Kind#GPU_RESUME}); device work, clock anchors and stream
 * waits go into a {@link GpuRecording}.
 */
final class GpuEventReader {
  private final GpuRecording gpu = new GpuRecording();
  private String disabledReason;

  /**
   * Takes {@code event} if it is a GPU event; {@code start}/{@code stop} are its epoch ns.
   *
   * @return whether it was one
   */
  boolean accept(
      EventView event,
      String name,
      long start,
      long stop,
      Function<ThreadView, LaneTimeline> lanes) {
    switch (name) {
      case EventNames.GPU_LAUNCH -> {
        long correlation = event.getLong(RecordedField.CORRELATION_ID);
        gpu.submitNanos.put(correlation, start);
        add(
            lanes.apply(event.getThread(RecordedField.EVENT_THREAD)),
            new LaneEvent(start, Kind.GPU_SUBMIT, correlation, null));
      }
      case EventNames.GPU_COPY ->
          acceptCopy(event, start, stop, lanes.apply(event.getThread(RecordedField.EVENT_THREAD)));
      case EventNames.GPU_SYNC -> {
        long key =
            gpu.addWait(
                event.getLong(RecordedField.STREAM_ID),
                event.getLong(RecordedField.AWAITED_CORRELATION_ID),
                start);
        wait(lanes.apply(event.getThread(RecordedField.EVENT_THREAD)), start, stop, key, "GpuSync");
      }
      case EventNames.GPU_WORK ->
          gpu.works.add(
              new GpuRecording.Work(
                  event.getLong(RecordedField.CORRELATION_ID),
                  event.getLong(RecordedField.STREAM_ID),
                  "copy".equals(event.getString(RecordedField.KIND)),
                  RecordedText.clean(event.getString(RecordedField.LABEL)),
                  event.getLong(RecordedField.ANCHOR_ID),
                  event.getLong(RecordedField.START_AFTER_ANCHOR_NANOS),
                  event.getLong(RecordedField.END_AFTER_ANCHOR_NANOS)));
      case EventNames.GPU_STREAM_WAIT ->
          gpu.streamWaits.add(
              new GpuRecording.StreamWait(
                  event.getLong(RecordedField.CORRELATION_ID),
                  event.getLong(RecordedField.STREAM_ID),
                  event.getLong(RecordedField.AWAITED_CORRELATION_ID)));
      case EventNames.GPU_CLOCK_ANCHOR ->
          gpu.anchorNanos.put(event.getLong(RecordedField.ANCHOR_ID), start);
      case EventNames.GPU_TRACER_STATUS -> {
        // JCuda absent is the normal case of a CPU workload: not worth a warning
        if (!event.getBoolean(RecordedField.ENABLED)
            && event.getBoolean(RecordedField.JCUDA_FOUND)) {
          disabledReason = RecordedText.clean(event.getString(RecordedField.REASON));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void acceptCopy(EventView event, long start, long stop, LaneTimeline lane) {
    long correlation = event.getLong(RecordedField.CORRELATION_ID);
    gpu.submitNanos.put(correlation, start);
    if (event.getBoolean(RecordedField.ASYNC)) {
      add(lane, new LaneEvent(start, Kind.GPU_SUBMIT, correlation, null));
      return;
    }
    // a blocking copy: the thread stops working at the call and resumes after the copy
    long key = gpu.addWait(event.getLong(RecordedField.STREAM_ID), correlation, start);
    add(lane, new LaneEvent(start, Kind.BLOCK_START, 0, "GpuCopy"));
    add(lane, new LaneEvent(start, Kind.GPU_SUBMIT, correlation, null));
    add(lane, new LaneEvent(stop, Kind.GPU_RESUME, key, null));
    add(lane, new LaneEvent(stop, Kind.BLOCK_END, 0, "GpuCopy"));
  }

  /** Blocked from {@code start}; at {@code stop} resumes after the awaited work (resume first). */
  private static void wait(LaneTimeline lane, long start, long stop, long key, String reason) {
    add(lane, new LaneEvent(start, Kind.BLOCK_START, 0, reason));
    add(lane, new LaneEvent(stop, Kind.GPU_RESUME, key, null));
    add(lane, new LaneEvent(stop, Kind.BLOCK_END, 0, reason));
  }

  private static void add(LaneTimeline lane, LaneEvent e) {
    if (lane != null) {
      lane.hasAgentEvents = true;
      lane.events.add(e);
    }
  }

  GpuRecording recording() {
    return gpu;
  }

  /** Sentences for the report's warnings. */
  void addWarningsTo(List<String> warnings) {
    if (disabledReason != null) {
      warnings.add("The GPU tracer was off: " + disabledReason);
    }
  }
}
