package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.model.SegmentGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline chart's bars: one per segment where that stays under {@value #MAX_BARS} bars, else
 * adjacent short segments of a lane that fall in the same time bucket merge into one bar (the
 * bucket is about a pixel of a wide screen, doubled until the bars fit). Critical-path segments
 * merge only with critical-path segments, so the path stays visible.
 */
final class TimelineBars {
  static final int MAX_BARS = 20_000;

  /** About one bucket per horizontal pixel of a wide chart. */
  static final int BUCKETS = 4_000;

  /** Cross-lane steps of the critical path drawn as edges. */
  static final int MAX_EDGES = 2_000;

  /** A bar: {@code count} segments of one lane from {@code startNanos} to {@code endNanos}. */
  record Bar(int lane, long startNanos, long endNanos, boolean critical, int label, int count) {}

  private TimelineBars() {}

  /** Bars of {@code graph}, lane by lane, each lane's in time order. */
  static List<Bar> of(SegmentGraph graph, boolean[] critical) {
    long end = 1;
    for (int s = 0; s < graph.segmentCount(); s++) {
      end = Math.max(end, graph.startNanos(s) + graph.durationNanos(s));
    }
    for (long bucket = Math.max(1, end / BUCKETS); ; bucket *= 2) {
      // A bucket as long as the recording leaves a few bars per lane: stop there whatever the
      // count.
      List<Bar> bars = merged(graph, critical, bucket, bucket > end ? Integer.MAX_VALUE : MAX_BARS);
      if (bars != null) {
        return bars;
      }
    }
  }

  /** Merges with the given bucket width; null when more than {@code max} bars result. */
  private static List<Bar> merged(SegmentGraph graph, boolean[] critical, long bucket, int max) {
    int lanes = graph.lanes().size();
    List<List<Bar>> byLane = new ArrayList<>(lanes);
    for (int l = 0; l < lanes; l++) {
      byLane.add(new ArrayList<>());
    }
    Bar[] open = new Bar[lanes];
    int count = 0;
    for (int s = 0; s < graph.segmentCount(); s++) {
      int lane = graph.lane(s);
      long start = graph.startNanos(s);
      long stop = start + graph.durationNanos(s);
      boolean alone = stop - start >= bucket;
      Bar last = open[lane];
      if (!alone
          && last != null
          && last.critical() == critical[s]
          && last.endNanos() - last.startNanos() < bucket
          && last.startNanos() / bucket == start / bucket) {
        int label = last.label() == graph.label(s) ? last.label() : -1;
        open[lane] =
            new Bar(
                lane,
                last.startNanos(),
                Math.max(stop, last.endNanos()),
                critical[s],
                label,
                last.count() + 1);
        byLane.get(lane).set(byLane.get(lane).size() - 1, open[lane]);
        continue;
      }
      if (++count > max) {
        return null;
      }
      open[lane] = new Bar(lane, start, stop, critical[s], graph.label(s), 1);
      byLane.get(lane).add(open[lane]);
    }
    List<Bar> bars = new ArrayList<>(count);
    byLane.forEach(bars::addAll);
    return bars;
  }

  /**
   * Writes {@code timeline}: {@code lanes} (names), {@code labels}, {@code bars} as {@code [lane,
   * startNanos, endNanos, critical 0|1, label index or -1 when merged segments differ, segment
   * count]}, {@code edges} (the critical path's hand-overs between lanes, {@code [fromLane,
   * fromEndNanos, toLane, toStartNanos]}) and {@code segments} (the total).
   */
  static void write(JsonGenerator g, SegmentGraph graph, int[] criticalPath) throws IOException {
    boolean[] critical = new boolean[graph.segmentCount()];
    for (int s : criticalPath) {
      critical[s] = true;
    }
    List<Bar> bars = of(graph, critical);
    Map<Integer, Integer> labelIndex = new HashMap<>();
    List<String> labels = new ArrayList<>();
    g.writeObjectFieldStart("timeline");
    g.writeNumberField("segments", graph.segmentCount());
    g.writeArrayFieldStart("lanes");
    for (var lane : graph.lanes()) {
      g.writeString(lane.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("bars");
    for (Bar bar : bars) {
      int label = -1;
      if (bar.label() >= 0) {
        label =
            labelIndex.computeIfAbsent(
                bar.label(),
                l -> {
                  labels.add(graph.labels().get(l));
                  return labels.size() - 1;
                });
      }
      g.writeArray(
          new long[] {
            bar.lane(), bar.startNanos(), bar.endNanos(), bar.critical() ? 1 : 0, label, bar.count()
          },
          0,
          6);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("labels");
    for (String label : labels) {
      g.writeString(label);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    int edges = 0;
    for (int i = 1; i < criticalPath.length && edges < MAX_EDGES; i++) {
      int from = criticalPath[i - 1];
      int to = criticalPath[i];
      if (graph.lane(from) != graph.lane(to)) {
        long[] edge = {
          graph.lane(from),
          graph.startNanos(from) + graph.durationNanos(from),
          graph.lane(to),
          graph.startNanos(to)
        };
        g.writeArray(edge, 0, 4);
        edges++;
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
