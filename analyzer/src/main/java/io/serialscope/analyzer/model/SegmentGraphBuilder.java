package io.serialscope.analyzer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects segments and edges in any order and builds a {@link SegmentGraph} whose indices are a
 * topological order. Segment ids returned by {@link #addSegment} are the builder's own; the built
 * graph orders segments by start time (ties: insertion order). An edge whose source does not start
 * strictly before its target (ties: inserted earlier) cannot be a happens-before relation on one
 * clock; it is dropped and counted in {@link #droppedEdges()}.
 */
public final class SegmentGraphBuilder {
  private long originEpochNanos;
  private final List<Lane> lanes = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> labelIndex = new HashMap<>();
  private long[] start = new long[64];
  private long[] duration = new long[64];
  private int[] lane = new int[64];
  private int[] task = new int[64];
  private byte[] kind = new byte[64]; // ordinals: primitive columns are never scanned by the GC
  private long[] cpuWait = new long[64];

  /** Segment {@code i}'s label parts are at {@code partOffset[i]} up to the next segment's. */
  private int[] partOffset = new int[65];

  private int[] partLabels = new int[64];
  private long[] partNanos = new long[64];
  private int segments;
  private int[] from = new int[64];
  private int[] to = new int[64];
  private byte[] edgeKind = new byte[64];
  private long[] lockId = new long[64];
  private int edges;
  private int droppedEdges;

  SegmentGraphBuilder() {}

  public SegmentGraphBuilder origin(long epochNanos) {
    this.originEpochNanos = epochNanos;
    return this;
  }

  /**
   * Makes room for about this many segments, label parts and edges at once: columns grown by
   * doubling as a large graph is added are copied again and again, and the collector copies each
   * young copy once more. A hint only; more than that still fits.
   */
  public SegmentGraphBuilder expect(int segmentCount, int partCount, int edgeCount) {
    checkNotBuilt();
    if (segmentCount > start.length) {
      resizeSegments(segmentCount);
    }
    if (partCount > partLabels.length) {
      resizeParts(partCount);
    }
    if (edgeCount > from.length) {
      resizeEdges(edgeCount);
    }
    return this;
  }

  private void resizeSegments(int n) {
    start = Arrays.copyOf(start, n);
    duration = Arrays.copyOf(duration, n);
    lane = Arrays.copyOf(lane, n);
    task = Arrays.copyOf(task, n);
    kind = Arrays.copyOf(kind, n);
    cpuWait = Arrays.copyOf(cpuWait, n);
    partOffset = Arrays.copyOf(partOffset, n + 1);
  }

  private void resizeParts(int n) {
    partLabels = Arrays.copyOf(partLabels, n);
    partNanos = Arrays.copyOf(partNanos, n);
  }

  private void resizeEdges(int n) {
    from = Arrays.copyOf(from, n);
    to = Arrays.copyOf(to, n);
    edgeKind = Arrays.copyOf(edgeKind, n);
    lockId = Arrays.copyOf(lockId, n);
  }

  /** Adds a lane and returns its index. */
  public int addLane(Lane l) {
    checkNotBuilt();
    lanes.add(l);
    return lanes.size() - 1;
  }

  /** Returns the index of {@code name} in the label table, adding it when new. */
  public int label(String name) {
    checkNotBuilt();
    Integer index = labelIndex.get(name); // no capturing lambda: called for every segment
    if (index == null) {
      index = labels.size();
      labels.add(name);
      labelIndex.put(name, index);
    }
    return index;
  }

  /** Adds a CPU segment labelled {@code label} for its whole duration; returns its builder id. */
  public int addSegment(
      long startNanos, long durationNanos, int laneIndex, int taskId, String label) {
    return addSegment(
        startNanos,
        durationNanos,
        laneIndex,
        taskId,
        SegmentKind.CPU,
        new int[] {label(label)},
        new long[] {durationNanos});
  }

  /**
   * Adds a segment whose duration divides among labels ({@code partLabelIndices[i]} for {@code
   * partNanos[i]}; the parts should sum to {@code durationNanos}). Returns its builder id.
   */
  public int addSegment(
      long startNanos,
      long durationNanos,
      int laneIndex,
      int taskId,
      SegmentKind segmentKind,
      int[] partLabelIndices,
      long[] partDurations) {
    if (partLabelIndices.length != partDurations.length) {
      throw new IllegalArgumentException("a segment needs at least one label part");
    }
    return addSegment(
        startNanos,
        durationNanos,
        laneIndex,
        taskId,
        segmentKind,
        partLabelIndices,
        partDurations,
        partLabelIndices.length);
  }

  /**
   * As {@link #addSegment(long, long, int, int, SegmentKind, int[], long[])} with the parts in the
   * first {@code parts} entries of the arrays, which are copied (callers reuse them).
   */
  public int addSegment(
      long startNanos,
      long durationNanos,
      int laneIndex,
      int taskId,
      SegmentKind segmentKind,
      int[] partLabelIndices,
      long[] partDurations,
      int parts) {
    checkNotBuilt();
    if (durationNanos < 0) {
      throw new IllegalArgumentException("negative duration " + durationNanos);
    }
    if (parts < 1 || parts > partLabelIndices.length || parts > partDurations.length) {
      throw new IllegalArgumentException("a segment needs at least one label part");
    }
    if (segments == start.length) {
      resizeSegments(segments * 2);
    }
    int firstPart = partOffset[segments];
    if (firstPart + parts > partLabels.length) {
      resizeParts(Math.max(2 * partLabels.length, firstPart + parts));
    }
    System.arraycopy(partLabelIndices, 0, partLabels, firstPart, parts);
    System.arraycopy(partDurations, 0, partNanos, firstPart, parts);
    partOffset[segments + 1] = firstPart + parts;
    start[segments] = startNanos;
    duration[segments] = durationNanos;
    lane[segments] = laneIndex;
    task[segments] = taskId;
    kind[segments] = (byte) segmentKind.ordinal();
    return segments++;
  }

  /** Adds a happens-before edge between two builder segment ids. */
  public SegmentGraphBuilder addEdge(int fromSegment, int toSegment, EdgeKind kindOfEdge) {
    return addEdge(fromSegment, toSegment, kindOfEdge, 0);
  }

  /**
   * Adds a lock hand-off edge: the release of lock {@code lockObjectId} (non-zero) before the
   * acquisition it enabled; what-if "lock removed" drops these.
   */
  public SegmentGraphBuilder addEdge(
      int fromSegment, int toSegment, EdgeKind kindOfEdge, long lockObjectId) {
    checkNotBuilt();
    if (fromSegment < 0 || fromSegment >= segments || toSegment < 0 || toSegment >= segments) {
      throw new IllegalArgumentException("no such segment: " + fromSegment + " -> " + toSegment);
    }
    if (edges == from.length) {
      resizeEdges(edges * 2);
    }
    lockId[edges] = lockObjectId;
    from[edges] = fromSegment;
    to[edges] = toSegment;
    edgeKind[edges] = (byte) kindOfEdge.ordinal();
    edges++;
    return this;
  }

  /**
   * Shrinks a segment to {@code durationNanos} (its processor time when it waited for a core),
   * scaling its label parts alike. Only shortening is allowed.
   */
  public void shortenSegment(int segment, long durationNanos) {
    checkNotBuilt();
    long old = duration[segment];
    if (durationNanos < 0 || durationNanos > old) {
      throw new IllegalArgumentException("can only shorten " + old + " to " + durationNanos);
    }
    int first = partOffset[segment];
    int last = partOffset[segment + 1] - 1;
    long remaining = durationNanos;
    for (int i = first; i <= last; i++) {
      long part =
          i == last
              ? remaining
              : Math.min(
                  remaining,
                  old == 0 ? 0 : Math.round((double) partNanos[i] * durationNanos / old));
      partNanos[i] = part;
      remaining -= part;
    }
    cpuWait[segment] += old - durationNanos;
    duration[segment] = durationNanos;
  }

  public long durationNanos(int segment) {
    checkNotBuilt();
    return duration[segment];
  }

  public int segmentCount() {
    return segments;
  }

  /** Edges refused by {@link #build()} because they pointed backwards in time. */
  public int droppedEdges() {
    return droppedEdges;
  }

  /**
   * Builds the graph, once: the builder lets go of each of its columns as soon as the graph has its
   * own copy in time order (a graph of ten million segments would otherwise be held twice), and
   * takes nothing more afterwards.
   */
  public SegmentGraph build() {
    checkNotBuilt();
    if (segments >= 1 << 30) {
      throw new IllegalStateException("a graph holds at most 2^30 segments, not " + segments);
    }
    int[] order = IndexSort.sortStable(start, segments);
    int[] rank = new int[segments];
    for (int i = 0; i < segments; i++) {
      rank[order[i]] = i;
    }
    long[] s = start.length == segments ? start : Arrays.copyOf(start, segments);
    start = null;
    long[] d = IndexSort.gather(duration, order);
    duration = null;
    int[] l = IndexSort.gather(lane, order);
    lane = null;
    int[] t = IndexSort.gather(task, order);
    task = null;
    byte[] k = IndexSort.gather(kind, order);
    kind = null;
    long[] w = IndexSort.gather(cpuWait, order);
    cpuWait = null;
    int[] dominant = new int[segments];
    int[] offsets = new int[segments + 1];
    for (int i = 0; i < segments; i++) {
      offsets[i + 1] = offsets[i] + partOffset[order[i] + 1] - partOffset[order[i]];
    }
    int[] bLabels = new int[offsets[segments]];
    long[] bNanos = new long[offsets[segments]];
    for (int i = 0; i < segments; i++) {
      int id = order[i];
      int first = partOffset[id];
      int count = partOffset[id + 1] - first;
      System.arraycopy(partLabels, first, bLabels, offsets[i], count);
      System.arraycopy(partNanos, first, bNanos, offsets[i], count);
      int best = first;
      for (int p = first + 1; p < first + count; p++) {
        if (partNanos[p] > partNanos[best]) {
          best = p;
        }
      }
      dominant[i] = partLabels[best];
    }
    partOffset = null;
    partLabels = null;
    partNanos = null;
    // Edges keyed by (from rank, to rank) in one long and ordered by a stable primitive sort, so
    // that duplicates (the first inserted is kept) go without an object per edge.
    long[] pairKeys = new long[edges];
    int[] keptEdge = new int[edges];
    int keptCount = 0;
    droppedEdges = 0;
    for (int e = 0; e < edges; e++) {
      long a = rank[from[e]];
      long b = rank[to[e]];
      if (a >= b) {
        droppedEdges++;
        continue;
      }
      pairKeys[keptCount] = (a << 32) | b;
      keptEdge[keptCount++] = e;
    }
    from = null;
    to = null;
    int[] byPair = IndexSort.sortStable(pairKeys, keptCount);
    int[] ef = new int[keptCount];
    int[] et = new int[keptCount];
    byte[] ek = new byte[keptCount];
    long[] el = new long[keptCount];
    int unique = 0;
    long previousPair = -1;
    for (int i = 0; i < keptCount; i++) {
      long pair = pairKeys[i];
      if (pair == previousPair) {
        continue; // the same two segments: one edge is enough
      }
      previousPair = pair;
      int e = keptEdge[byPair[i]];
      ef[unique] = (int) (pair >>> 32);
      et[unique] = (int) pair;
      ek[unique] = edgeKind[e];
      el[unique] = lockId[e];
      unique++;
    }
    edgeKind = null;
    lockId = null;
    if (unique < keptCount) {
      ef = Arrays.copyOf(ef, unique);
      et = Arrays.copyOf(et, unique);
      ek = Arrays.copyOf(ek, unique);
      el = Arrays.copyOf(el, unique);
    }
    return new SegmentGraph(
        originEpochNanos,
        s,
        d,
        l,
        t,
        dominant,
        k,
        ef,
        et,
        ek,
        lanes,
        labels,
        new LabelBreakdown(offsets, bLabels, bNanos),
        el,
        w);
  }

  private void checkNotBuilt() {
    if (start == null) {
      throw new IllegalStateException("a builder builds one graph");
    }
  }
}
