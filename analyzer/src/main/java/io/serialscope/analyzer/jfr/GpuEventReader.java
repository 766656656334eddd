package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.RecordedText;
import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import java.util.List;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

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
      RecordedEvent event,
      String name,
      long start,
      long stop,
      Function<RecordedThread, LaneTimeline> lanes) {
    switch (name) {
      case EventNames.GPU_LAUNCH -> {
        long correlation = event.getLong("correlationId");
        gpu.submitNanos.put(correlation, start);
        add(
            lanes.apply(event.getThread()),
            new LaneEvent(start, Kind.GPU_SUBMIT, correlation, null));
      }
      case EventNames.GPU_COPY -> acceptCopy(event, start, stop, lanes.apply(event.getThread()));
      case EventNames.GPU_SYNC -> {
        long key =
            gpu.addWait(event.getLong("streamId"), event.getLong("awaitedCorrelationId"), start);
        wait(lanes.apply(event.getThread()), start, stop, key, "GpuSync");
      }
      case EventNames.GPU_WORK ->
          gpu.works.add(
              new GpuRecording.Work(
                  event.getLong("correlationId"),
                  event.getLong("streamId"),
                  "copy".equals(event.getString("kind")),
                  RecordedText.clean(event.getString("label")),
                  event.getLong("anchorId"),
                  event.getLong("startAfterAnchorNanos"),
                  event.getLong("endAfterAnchorNanos")));
      case EventNames.GPU_STREAM_WAIT ->
          gpu.streamWaits.add(
              new GpuRecording.StreamWait(
                  event.getLong("correlationId"),
                  event.getLong("streamId"),
                  event.getLong("awaitedCorrelationId")));
      case EventNames.GPU_CLOCK_ANCHOR -> gpu.anchorNanos.put(event.getLong("anchorId"), start);
      case EventNames.GPU_TRACER_STATUS -> {
        // JCuda absent is the normal case of a CPU workload: not worth a warning
        if (!event.getBoolean("enabled") && event.getBoolean("jcudaFound")) {
          disabledReason = RecordedText.clean(event.getString("reason"));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void acceptCopy(RecordedEvent event, long start, long stop, LaneTimeline lane) {
    long correlation = event.getLong("correlationId");
    gpu.submitNanos.put(correlation, start);
    if (event.getBoolean("async")) {
      add(lane, new LaneEvent(start, Kind.GPU_SUBMIT, correlation, null));
      return;
    }
    // a blocking copy: the thread stops working at the call and resumes after the copy
    long key = gpu.addWait(event.getLong("streamId"), correlation, start);
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
