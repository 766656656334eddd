package io.serialscope.analyzer.insight;

import io.serialscope.analyzer.graph.GreedySchedule;
import io.serialscope.analyzer.graph.HandOffLatency;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The speedup prediction with hand-offs between threads costing what they cost in the recording
 * ({@link HandOffLatency}), beside the graph model's {@code predictedSpeedup}, in which they are
 * free.
 *
 * <p>The speedup is T_p over T_1 of the same schedule, each paying the hand-offs that its
 * processors wait for: hand-offs cost time on one processor as well (the main thread of a training
 * step waits for the shard its worker just finished), so dividing the work by T_p would count their
 * cost only on one side. With no hand-off measured both predictions are equal.
 *
 * @param latencyNanos the cost of one hand-off the schedules charge
 * @param samples how many hand-offs of the recording were measured for it
 * @param predictedNanos processor count → T_p with hand-offs, ns
 * @param predictedSpeedup processor count → T_1 / T_p, both with hand-offs
 */
public record HandOffPrediction(
    long latencyNanos,
    int samples,
    SortedMap<Integer, Long> predictedNanos,
    SortedMap<Integer, Double> predictedSpeedup) {
  /** No prediction: for analyses made by hand. */
  public static final HandOffPrediction NONE =
      new HandOffPrediction(0, 0, Collections.emptySortedMap(), Collections.emptySortedMap());

  public HandOffPrediction {
    predictedNanos = Collections.unmodifiableSortedMap(new TreeMap<>(predictedNanos));
    predictedSpeedup = Collections.unmodifiableSortedMap(new TreeMap<>(predictedSpeedup));
  }

  /** Schedules {@code graph} with its measured hand-off latency on each of {@code processors}. */
  public static HandOffPrediction of(SegmentGraph graph, Collection<Integer> processors) {
    HandOffLatency latency = HandOffLatency.of(graph);
    SortedMap<Integer, Long> nanos = new TreeMap<>();
    long oneProcessor = GreedySchedule.makespanNanos(graph, 1, latency.latencyNanos());
    nanos.put(1, oneProcessor);
    for (int p : processors) {
      nanos.computeIfAbsent(p, n -> GreedySchedule.makespanNanos(graph, n, latency.latencyNanos()));
    }
    SortedMap<Integer, Double> speedup = new TreeMap<>();
    nanos.forEach((p, t) -> speedup.put(p, t == 0 ? 1.0 : (double) oneProcessor / t));
    return new HandOffPrediction(latency.latencyNanos(), latency.samples(), nanos, speedup);
  }
}
