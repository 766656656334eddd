package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * This thread enqueued a GPU kernel on a stream: an edge from its running segment to the kernel,
 * whose device timing arrives later as a {@link GpuWorkEvent} with the same correlation id.
 */
@Name("serialscope.GpuLaunch")
@Label("GpuLaunch")
@Category("serialscope")
@Description("This thread enqueued a GPU kernel on a stream (device timing: GpuWork).")
@StackTrace(false)
public final class GpuLaunchEvent extends jdk.jfr.Event {
  /** Unique per enqueued operation within the recording, increasing in enqueue order. */
  @Label("Correlation Id")
  public long correlationId;

  /** The stream's native handle, 0 for the default stream. */
  @Label("Stream")
  public long streamId;

  @Label("Label")
  public String label;
}
