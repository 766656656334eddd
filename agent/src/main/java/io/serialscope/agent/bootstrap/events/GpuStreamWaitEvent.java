package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * {@code cuStreamWaitEvent}: work enqueued on {@code streamId} after this call waits on the device
 * for the operation {@code awaitedCorrelationId} (the last one enqueued before the CUDA event was
 * recorded on its stream).
 */
@Name("serialscope.GpuStreamWait")
@Label("GpuStreamWait")
@Category("serialscope")
@Description("Work enqueued on the stream after this waits for an operation on another stream.")
@StackTrace(false)
public final class GpuStreamWaitEvent extends jdk.jfr.Event {
  /** Orders the wait among enqueued operations (same counter as launches and copies). */
  @Label("Correlation Id")
  public long correlationId;

  @Label("Stream")
  public long streamId;

  @Label("Awaited Correlation Id")
  public long awaitedCorrelationId;
}
