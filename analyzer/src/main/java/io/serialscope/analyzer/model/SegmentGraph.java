package io.serialscope.analyzer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The dependency DAG of a recording: segments (nodes weighted by processor time) and happens-before
 * edges, in primitive arrays so that graphs of millions of segments stay cheap.
 *
 * <p>Invariant: segments are indexed in a topological order, i.e. every edge goes from a lower
 * index to a higher one (the builder orders segments by start time and refuses edges that would
 * point backwards). Algorithms therefore need no sort: a forward sweep over indices visits every
 * segment after all its predecessors.
 *
 * <p>Times are nanoseconds relative to the recording's origin ({@link #originEpochNanos()}).
 */
public final class SegmentGraph {
  private final long originEpochNanos;
  private final long[] startNanos;
  private final long[] durationNanos;
  private final int[] lane;
  private final int[] task;
  private final int[] label;
  private static final SegmentKind[] SEGMENT_KINDS = SegmentKind.values();
  private static final EdgeKind[] EDGE_KINDS = EdgeKind.values();

  /**
   * Kinds as ordinals: a reference array of millions of entries would be scanned by every
   * collection while the graph is young, a byte array is not.
   */
  private final byte[] kind;

  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final byte[] edgeKind;
  private final List<Lane> lanes;
  private final List<String> labels;

  /** Null until asked for in a graph made by {@link #withDurations}: see {@link #scaledFrom}. */
  private LabelBreakdown labelBreakdown;

  /** The graph whose durations this one rescaled, or null; its label parts are scaled lazily. */
  private final SegmentGraph scaledFrom;

  /** Per edge: the object id of the lock whose hand-off it is, or 0 for other edges. */
  private final long[] edgeLockId;

  /** Per segment: wall time it spent runnable but not running (waiting for a core). */
  private final long[] cpuWaitNanos;

  private final int[] predOffsets;
  private final int[] preds;
  private final int[] succOffsets;
  private final int[] succs;

  /**
   * Results of pure functions of this graph ({@link #derived}): an analysis asks for the same
   * schedule or path several times (predictions, what-if scenarios, sensitivity, hand-offs).
   */
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  SegmentGraph(
      long originEpochNanos,
      long[] startNanos,
      long[] durationNanos,
      int[] lane,
      int[] task,
      int[] label,
      byte[] kind,
      int[] edgeFrom,
      int[] edgeTo,
      byte[] edgeKind,
      List<Lane> lanes,
      List<String> labels,
      LabelBreakdown labelBreakdown,
      long[] edgeLockId,
      long[] cpuWaitNanos) {
    this.originEpochNanos = originEpochNanos;
    this.startNanos = startNanos;
    this.durationNanos = durationNanos;
    this.lane = lane;
    this.task = task;
    this.label = label;
    this.kind = kind;
    this.edgeFrom = edgeFrom;
    this.edgeTo = edgeTo;
    this.edgeKind = edgeKind;
    this.lanes = List.copyOf(lanes);
    this.labels = List.copyOf(labels);
    this.labelBreakdown = labelBreakdown;
    this.scaledFrom = null;
    this.edgeLockId = edgeLockId;
    this.cpuWaitNanos = cpuWaitNanos;
    int n = startNanos.length;
    predOffsets = new int[n + 1];
    succOffsets = new int[n + 1];
    for (int e = 0; e < edgeFrom.length; e++) {
      predOffsets[edgeTo[e] + 1]++;
      succOffsets[edgeFrom[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      predOffsets[i + 1] += predOffsets[i];
      succOffsets[i + 1] += succOffsets[i];
    }
    preds = new int[edgeFrom.length];
    succs = new int[edgeFrom.length];
    int[] predFill = Arrays.copyOf(predOffsets, n);
    int[] succFill = Arrays.copyOf(succOffsets, n);
    for (int e = 0; e < edgeFrom.length; e++) {
      preds[predFill[edgeTo[e]]++] = edgeFrom[e];
      succs[succFill[edgeFrom[e]]++] = edgeTo[e];
    }
  }

  /**
   * {@code base} with other durations: the topology arrays are shared (the graph is immutable), so
   * a what-if scenario or a sensitivity point costs one array, not a rebuilt graph.
   */
  private SegmentGraph(SegmentGraph base, long[] durations) {
    this.originEpochNanos = base.originEpochNanos;
    this.startNanos = base.startNanos;
    this.durationNanos = durations;
    this.lane = base.lane;
    this.task = base.task;
    this.label = base.label;
    this.kind = base.kind;
    this.edgeFrom = base.edgeFrom;
    this.edgeTo = base.edgeTo;
    this.edgeKind = base.edgeKind;
    this.lanes = base.lanes;
    this.labels = base.labels;
    this.labelBreakdown = null;
    this.scaledFrom = base;
    this.edgeLockId = base.edgeLockId;
    this.cpuWaitNanos = base.cpuWaitNanos;
    this.predOffsets = base.predOffsets;
    this.preds = base.preds;
    this.succOffsets = base.succOffsets;
    this.succs = base.succs;
  }

  /** Starts a graph by hand (tests, synthetic workloads) or from a recording. */
  public static SegmentGraphBuilder builder() {
    return new SegmentGraphBuilder();
  }

  /**
   * The same graph with other segment durations (what-if scenarios); {@code durations} is copied.
   */
  public SegmentGraph withDurations(long[] durations) {
    if (durations.length != durationNanos.length) {
      throw new IllegalArgumentException("expected " + durationNanos.length + " durations");
    }
    return new SegmentGraph(this, durations.clone());
  }

  /**
   * The same graph without the edges for which {@code drop[e]} is true (what-if: a lock removed).
   * Durations, labels and the topological indices stay as they are.
   */
  public SegmentGraph withoutEdges(boolean[] drop) {
    if (drop.length != edgeFrom.length) {
      throw new IllegalArgumentException("expected " + edgeFrom.length + " edge flags");
    }
    int kept = 0;
    for (boolean d : drop) {
      kept += d ? 0 : 1;
    }
    int[] from = new int[kept];
    int[] to = new int[kept];
    byte[] kinds = new byte[kept];
    long[] locks = new long[kept];
    for (int e = 0, k = 0; e < drop.length; e++) {
      if (!drop[e]) {
        from[k] = edgeFrom[e];
        to[k] = edgeTo[e];
        kinds[k] = edgeKind[e];
        locks[k++] = edgeLockId[e];
      }
    }
    return new SegmentGraph(
        originEpochNanos,
        startNanos,
        durationNanos,
        lane,
        task,
        label,
        kind,
        from,
        to,
        kinds,
        lanes,
        labels,
        labelBreakdown(),
        locks,
        cpuWaitNanos);
  }

  public int segmentCount() {
    return startNanos.length;
  }

  public int edgeCount() {
    return edgeFrom.length;
  }

  public long originEpochNanos() {
    return originEpochNanos;
  }

  /** Recorded start of segment {@code s}, nanoseconds after the origin. */
  public long startNanos(int s) {
    return startNanos[s];
  }

  /** Processor time segment {@code s} needed, in nanoseconds (>= 0). */
  public long durationNanos(int s) {
    return durationNanos[s];
  }

  public int lane(int s) {
    return lane[s];
  }

  public int task(int s) {
    return task[s];
  }

  /** Index into {@link #labels()} of the label that covers most of the segment. */
  public int label(int s) {
    return label[s];
  }

  public String labelName(int s) {
    return labels.get(label[s]);
  }

  public SegmentKind kind(int s) {
    return SEGMENT_KINDS[kind[s]];
  }

  public int edgeFrom(int e) {
    return edgeFrom[e];
  }

  public int edgeTo(int e) {
    return edgeTo[e];
  }

  public EdgeKind edgeKind(int e) {
    return EDGE_KINDS[edgeKind[e]];
  }

  /**
   * The object id of the lock whose release → acquisition hand-off edge {@code e} is, or 0 when the
   * edge is not a recorded lock hand-off (monitor hand-offs JFR reports carry no lock id).
   */
  public long edgeLockId(int e) {
    return edgeLockId[e];
  }

  /**
   * Nanoseconds segment {@code s} was runnable but not running (its wall time minus its thread CPU
   * time, when the recording had CPU-time readings around it); 0 when it never waited for a core.
   */
  public long cpuWaitNanos(int s) {
    return cpuWaitNanos[s];
  }

  public List<Lane> lanes() {
    return lanes;
  }

  public List<String> labels() {
    return labels;
  }

  /** How each segment's duration divides among labels (instrumented methods within it). */
  public LabelBreakdown labelBreakdown() {
    LabelBreakdown parts = labelBreakdown;
    if (parts == null) { // computed once; a race computes the same immutable value twice
      parts = scaledFrom.labelBreakdown().scaledTo(scaledFrom.durationNanos, durationNanos);
      labelBreakdown = parts;
    }
    return parts;
  }

  public int predecessorCount(int s) {
    return predOffsets[s + 1] - predOffsets[s];
  }

  /** The {@code i}-th predecessor of segment {@code s}, {@code 0 <= i < predecessorCount(s)}. */
  public int predecessor(int s, int i) {
    return preds[predOffsets[s] + i];
  }

  public int successorCount(int s) {
    return succOffsets[s + 1] - succOffsets[s];
  }

  /** The {@code i}-th successor of segment {@code s}, {@code 0 <= i < successorCount(s)}. */
  public int successor(int s, int i) {
    return succs[succOffsets[s] + i];
  }

  /**
   * The result of {@code compute} for {@code key}, computed at most once per graph while the value
   * is kept. {@code compute} must be a pure function of this graph and the key (a schedule's
   * makespan, a critical path) and its result immutable; keys must have value equality (records).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = compute.get(); // not computeIfAbsent: compute may ask for other derived values
      derived.putIfAbsent(key, value);
    }
    return (T) value;
  }

  /** A copy of all durations, for what-if scenarios. */
  public long[] durationsCopy() {
    return durationNanos.clone();
  }

  /** Whether {@code durations} are this graph's, segment by segment (without copying them). */
  public boolean hasDurations(long[] durations) {
    return Arrays.equals(durationNanos, durations);
  }
}
