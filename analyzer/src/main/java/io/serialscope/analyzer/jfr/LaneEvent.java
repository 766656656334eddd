package io.serialscope.analyzer.jfr;

/**
 * One point on a thread's timeline, as the segment assembler needs it.
 *
 * @param timeNanos epoch nanoseconds
 * @param kind what happened
 * @param id the task, object or target thread the event names (0 when none)
 * @param text a label or reason (may be null)
 * @param cpuNanos the thread's CPU time at this point, or -1 when not recorded
 */
record LaneEvent(long timeNanos, Kind kind, long id, String text, long cpuNanos) {
  LaneEvent(long timeNanos, Kind kind, long id, String text) {
    this(timeNanos, kind, id, text, -1);
  }

  enum Kind {
    TASK_START,
    TASK_END,
    SPAWN,
    SIGNAL,
    AWAIT,
    BLOCK_START,
    BLOCK_END,
    UNPARK,
    SCHEDULER_LOOP,
    LABEL_ENTER,
    LABEL_EXIT,
    /** Took a lock or permit: depends on its latest release by another task. */
    ACQUIRE,
    /** Handed an element to a queue or exchanger. */
    PUT,
    /** Received an element: depends on the latest put of that element. */
    TAKE,
    /**
     * Entered a contended monitor or was notified: depends on what thread {@code id} did until
     * then.
     */
    MONITOR_HANDOFF,
    /** Enqueued GPU work ({@code id}: its correlation id): an edge to it. */
    GPU_SUBMIT,
    /** Returned from waiting for GPU work ({@code id}: the wait's key in {@link GpuRecording}). */
    GPU_RESUME,
    /**
     * Began a file or socket read or write that blocked ({@code text}: which, e.g. "file read").
     */
    IO_START,
    /** Ended that read or write. */
    IO_END
  }
}
