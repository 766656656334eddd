package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.model.SegmentGraph;
import java.util.Arrays;

/**
 * What a hand-off between threads cost in the recorded run: the time from the moment a segment's
 * last predecessor on another lane ended (a release, a completion, a submission) to the moment the
 * woken lane started running it, measured only where that lane had been idle, waiting for exactly
 * that predecessor.
 *
 * <p>The graph model takes a wake-up edge as free. Real hand-offs are not: a parked thread is made
 * runnable by a system call and then has to be put back on a core, some 5–500 µs on a virtual
 * machine. A workload that hands work between threads thousands of times per second (a training
 * step that submits shards and waits for them) loses a visible share of its time to that, on one
 * core as on many. The gap is measured where the woken lane was idle when its predecessor ended, so
 * that a task that waited in a queue behind other tasks of a busy worker (queueing, which the
 * schedule models itself) does not count.
 *
 * <p>The estimate is the mean of the samples up to their 99th percentile: the mean, because the
 * total time hand-offs cost is their count times their mean; trimmed, because a few samples are a
 * thread descheduled for other reasons (a JIT compiler thread took its core) rather than a
 * hand-off.
 *
 * @param latencyNanos the typical cost of one hand-off, 0 when none was observed
 * @param samples how many hand-offs were measured
 */
public record HandOffLatency(long latencyNanos, int samples) {
  /** No hand-off measured. */
  public static final HandOffLatency NONE = new HandOffLatency(0, 0);

  /** The hand-off latency observed in {@code graph}'s recorded timings. */
  public static HandOffLatency of(SegmentGraph graph) {
    int n = graph.segmentCount();
    long[] laneIdleSince = previousEndOnLane(graph);
    long[] gaps = new long[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      long latestEnd = Long.MIN_VALUE;
      int latest = -1;
      for (int i = 0; i < graph.predecessorCount(s); i++) {
        int p = graph.predecessor(s, i);
        long end = recordedEnd(graph, p);
        if (latest < 0 || end > latestEnd) {
          latestEnd = end;
          latest = p;
        }
      }
      if (latest < 0 || graph.lane(latest) == graph.lane(s) || laneIdleSince[s] > latestEnd) {
        continue; // no predecessor, woken by its own lane, or its lane was busy: queueing
      }
      long gap = graph.startNanos(s) - latestEnd;
      if (gap > 0) {
        gaps[count++] = gap;
      }
    }
    if (count == 0) {
      return NONE;
    }
    Arrays.sort(gaps, 0, count);
    int kept = Math.max(1, (int) Math.ceil(count * 0.99));
    long sum = 0;
    for (int i = 0; i < kept; i++) {
      sum += gaps[i];
    }
    return new HandOffLatency(Math.round((double) sum / kept), count);
  }

  /**
   * Per segment, when the segment before it on its lane ended (the lane was idle from then on), or
   * {@code Long.MIN_VALUE} for a lane's first segment. Segments are indexed in start order.
   */
  private static long[] previousEndOnLane(SegmentGraph graph) {
    int n = graph.segmentCount();
    long[] result = new long[n];
    long[] lastEnd = new long[graph.lanes().size()];
    Arrays.fill(lastEnd, Long.MIN_VALUE);
    for (int s = 0; s < n; s++) {
      int lane = graph.lane(s);
      result[s] = lastEnd[lane];
      lastEnd[lane] = Math.max(lastEnd[lane], recordedEnd(graph, s));
    }
    return result;
  }

  /** When a segment really ended in the recording: its duration is net of waiting for a core. */
  private static long recordedEnd(SegmentGraph graph, int s) {
    return graph.startNanos(s) + graph.durationNanos(s) + graph.cpuWaitNanos(s);
  }
}
