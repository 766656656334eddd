package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * Committed the moment the host saw a CUDA event complete: this event's JFR time and that CUDA
 * event's device time are taken as the same instant. {@link GpuWorkEvent}s give their device times
 * as offsets from it.
 */
@Name("serialscope.GpuClockAnchor")
@Label("GpuClockAnchor")
@Category("serialscope")
@Description("The host saw this anchor's CUDA event complete now: GpuWork offsets start here.")
@StackTrace(false)
public final class GpuClockAnchorEvent extends jdk.jfr.Event {
  @Label("Anchor")
  public long anchorId;

  /**
   * How long the host waited for the anchor's CUDA event: an upper bound of the alignment error.
   */
  @Label("Alignment Error Bound")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long errorBoundNanos;
}
