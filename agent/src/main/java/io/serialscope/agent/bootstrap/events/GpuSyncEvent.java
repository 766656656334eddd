package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * This thread waited for GPU work for the duration of the event (cuStreamSynchronize,
 * cuCtxSynchronize, cuEventSynchronize, cudaDeviceSynchronize...): not work; it resumes after the
 * awaited GPU work.
 */
@Name("serialscope.GpuSync")
@Label("GpuSync")
@Category("serialscope")
@Description("This thread waited for GPU work (a stream, the device, or a CUDA event).")
@StackTrace(false)
public final class GpuSyncEvent extends jdk.jfr.Event {
  /** The stream waited for, or -1 for the whole device. */
  @Label("Stream")
  public long streamId;

  /**
   * The last operation waited for (an event's recording point), or 0: then the latest operation
   * enqueued on {@code streamId} (every stream when -1) before the wait began.
   */
  @Label("Awaited Correlation Id")
  public long awaitedCorrelationId;

  /** {@code stream}, {@code device} or {@code event}: what the call waited on. */
  @Label("What")
  public String what;
}
