package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * What the agent left out to stay cheap: lock operations of a task on a lock no other task had
 * taken.
 */
@Name("serialscope.Coarsening")
@Label("Coarsening")
@Category("serialscope")
@Description(
    "What the agent left out to stay cheap: lock operations of a task on a lock no other task had taken.")
@StackTrace(false)
@Period("endChunk")
public final class CoarseningEvent extends jdk.jfr.Event {
  @Label("Lock Acquisitions Not Recorded")
  public long unrecordedAcquisitions;

  @Label("Lock Releases Not Recorded")
  public long unrecordedReleases;

  /** Exceptions thrown inside the agent's hooks, suppressed so the application never saw them. */
  @Label("Suppressed Agent Exceptions")
  public long suppressedExceptions;
}
