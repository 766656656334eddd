package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * This thread enqueued a memory copy. The event lasts as long as the call: for a blocking copy
 * ({@code async == false}) the thread waited for the copy to finish during that time, which is not
 * work; it resumes after the copy (device timing: a {@link GpuWorkEvent} with the same id).
 */
@Name("serialscope.GpuCopy")
@Label("GpuCopy")
@Category("serialscope")
@Description("This thread enqueued a GPU memory copy; a blocking copy waits for it to finish.")
@StackTrace(false)
public final class GpuCopyEvent extends jdk.jfr.Event {
  @Label("Correlation Id")
  public long correlationId;

  @Label("Stream")
  public long streamId;

  /** {@code H2D}, {@code D2H}, {@code D2D} or {@code ?} when JCuda's call does not say. */
  @Label("Direction")
  public String direction;

  @Label("Bytes")
  @DataAmount
  public long bytes;

  /** Whether the call returned without waiting for the copy ({@code cuMemcpy*Async}). */
  @Label("Asynchronous")
  public boolean async;
}
