package io.serialscope.agent.bootstrap.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * What the agent left out to stay cheap: lock operations of a task on a lock no other task had
 * taken, lock hand-overs sampled out of a storm, and tiny fork/join tasks merged into the task that
 * forked them (cumulative counts).
 */
@Name("serialscope.Coarsening")
@Label("Coarsening")
@Category("serialscope")
@Description(
    "What the agent left out to stay cheap: lock operations of a task on a lock no other task had"
        + " taken, and tiny fork/join tasks merged into the task that forked them.")
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

  /**
   * Fork/join tasks run by the thread that forked them (or by invoke()) in less than {@link
   * #mergeThresholdNanos}, recorded as part of their forker's segment.
   */
  @Label("Tiny Tasks Merged Into Their Forkers")
  public long mergedTasks;

  /** The time those merged executions took, outermost ones only (ns). */
  @Label("Time Of Merged Tasks")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long mergedTaskNanos;

  /**
   * Lock hand-overs between tasks not recorded: the acquiring thread did not block and had recorded
   * one of the same lock less than {@link #mergeThresholdNanos} before.
   */
  @Label("Lock Hand-overs Sampled Out")
  public long sampledLockHandoffs;

  /** The merging threshold (ns), also the lock hand-overs' sampling interval; 0: both off. */
  @Label("Merge Threshold")
  @jdk.jfr.Timespan(jdk.jfr.Timespan.NANOSECONDS)
  public long mergeThresholdNanos;
}
