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
  JOIN,
  /** The CPU segment that enqueued a GPU kernel or copy, to that kernel or copy. */
  GPU_LAUNCH,
  /** Consecutive kernels and copies of one GPU stream. */
  STREAM_ORDER,
  /** The last awaited GPU work, to the CPU segment that resumed after synchronizing on it. */
  GPU_SYNC,
  /** Work recorded by a CUDA event, to the next work of a stream that waited for that event. */
  GPU_STREAM_WAIT
}
