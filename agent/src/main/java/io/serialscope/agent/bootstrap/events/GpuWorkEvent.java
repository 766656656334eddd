package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A kernel or copy as the device ran it, written off the hot path once its CUDA events completed.
 * Device times are offsets on the GPU's clock from a {@link GpuClockAnchorEvent}: the analyzer
 * places them on the recording's clock as the anchor event's JFR time plus the offset, so GPU and
 * CPU times share one clock without the agent ever converting between clocks itself.
 */
@Name("serialscope.GpuWork")
@Label("GpuWork")
@Category("serialscope")
@Description("A kernel or copy as the device ran it (offsets from a GpuClockAnchor).")
@StackTrace(false)
public final class GpuWorkEvent extends jdk.jfr.Event {
  /** The id of the GpuLaunch or GpuCopy that enqueued it. */
  @Label("Correlation Id")
  public long correlationId;

  @Label("Stream")
  public long streamId;

  /** {@code kernel} or {@code copy}. */
  @Label("Kind")
  public String kind;

  @Label("Label")
  public String label;

  @Label("Anchor")
  public long anchorId;

  /** Device start, nanoseconds after the anchor's CUDA event (may be negative by the error). */
  @Label("Start After Anchor")
  @Timespan(Timespan.NANOSECONDS)
  public long startAfterAnchorNanos;

  @Label("End After Anchor")
  @Timespan(Timespan.NANOSECONDS)
  public long endAfterAnchorNanos;
}
