package io.serialscope.analyzer.jfr;

import java.util.TreeMap;

/** Everything a {@link RawRecording} holds, as text: two equal texts mean two equal readings. */
final class RawRecordingText {
  private RawRecordingText() {}

  static String of(RawRecording raw) {
    StringBuilder b = new StringBuilder();
    b.append("origin=").append(raw.originNanos()).append(" end=").append(raw.endNanos());
    b.append(" agentEvents=").append(raw.agentEvents()).append(" partial=").append(raw.partial());
    b.append(" dataLoss=")
        .append(raw.jfrDataLossBytes())
        .append(" merged=")
        .append(raw.mergedTasks());
    b.append("\nhardware=").append(raw.hardware());
    b.append("\nwarnings=").append(raw.warnings());
    b.append("\nsamples=").append(raw.samples());
    GpuRecording gpu = raw.gpu();
    b.append("\ngpu works=")
        .append(gpu.works)
        .append(" anchors=")
        .append(new TreeMap<>(gpu.anchorNanos));
    b.append(" submits=")
        .append(new TreeMap<>(gpu.submitNanos))
        .append(" waits=")
        .append(gpu.waits);
    b.append(" streamWaits=").append(gpu.streamWaits);
    for (LaneTimeline lane : new TreeMap<>(raw.lanes()).values()) {
      b.append("\nlane ").append(lane.javaThreadId).append(' ').append(lane.name);
      b.append(" start=").append(lane.threadStartNanos).append(" end=").append(lane.threadEndNanos);
      b.append(" agent=").append(lane.hasAgentEvents);
      for (LaneEvent e : lane.events) {
        b.append("\n  ").append(e);
      }
    }
    return b.toString();
  }
}
