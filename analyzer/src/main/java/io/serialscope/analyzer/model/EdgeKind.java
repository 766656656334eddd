package io.serialscope.analyzer.model;

/** Why one segment happens before another (DESIGN.md, "edge"). */
public enum EdgeKind {
  /** Consecutive segments of one task. */
  PROGRAM_ORDER,
  /** The segment that submitted, started or forked a task, to the task's first segment. */
  SPAWN,
  /** The segment that released, completed, signalled or unparked, to the segment it resumed. */
  WAKE,
  /** A finished task (or thread) to the segment that joined it. */
  JOIN
}
