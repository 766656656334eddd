package io.serialscope.analyzer.jfr;

/** Everything recorded on one Java thread, in time order once {@link #sort()} ran. */
final class LaneTimeline {
  final long javaThreadId;
  String name;
  final LaneEvents events = new LaneEvents();
  long threadStartNanos = Long.MIN_VALUE;
  long threadEndNanos = Long.MIN_VALUE;
  boolean hasAgentEvents;

  LaneTimeline(long javaThreadId, String name) {
    this.javaThreadId = javaThreadId;
    this.name = name;
  }

  /** Stable: events of one thread with equal timestamps keep the order the thread wrote them. */
  void sort() {
    events.sortByTime();
  }
}
