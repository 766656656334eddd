package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.model.SegmentGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline chart's bars, at the finest resolution the page can carry: one per segment where
 * that stays under {@value #MAX_BARS} bars, else adjacent short segments of a lane that fall in the
 * same time bucket merge into one bar (the bucket is doubled from a fraction of a pixel until the
 * bars fit). Critical-path segments merge only with critical-path segments, so the path stays
 * visible. The page merges these bars again for the window on screen and splits them back as the
 * reader zooms in (report.js), so only the embedded resolution bounds what zooming can show.
 */
final class TimelineBars {
  /** At most this many bars are embedded: about 4 MB of the page, under its size bound. */
  static final int MAX_BARS = 100_000;

  /** The first bucket tried when the segments do not fit: the recording over this many. */
  static final int FINEST_BUCKETS = 1 << 20;

  /** Cross-lane steps of the critical path drawn as edges. */
  static final int MAX_EDGES = 2_000;

  /** A bar: {@code count} segments of one lane from {@code startNanos} to {@code endNanos}. */
  record Bar(int lane, long startNanos, long endNanos, boolean critical, int label, int count) {}

  private TimelineBars() {}

  /**
   * Bars of {@code graph}, lane by lane; in a lane, first the bars of other segments, then those of
   * critical-path segments, each in time order; at most {@code max}.
   */
  static List<Bar> of(SegmentGraph graph, boolean[] critical, int max) {
    if (graph.segmentCount() <= max) {
      return merged(graph, critical, 0, Integer.MAX_VALUE);
    }
    long end = 1;
    for (int s = 0; s < graph.segmentCount(); s++) {
      end = Math.max(end, graph.startNanos(s) + graph.durationNanos(s));
    }
    for (long bucket = Math.max(1, end / FINEST_BUCKETS); ; bucket *= 2) {
      // A bucket as long as the recording leaves a few bars per lane: stop there whatever the
      // count.
      List<Bar> bars = merged(graph, critical, bucket, bucket > end ? Integer.MAX_VALUE : max);
      if (bars != null) {
        return bars;
      }
    }
  }

  /**
   * Merges with the given bucket width (0: no merging); null when more than {@code max} bars
   * result. A lane's critical and other segments merge separately (a critical bar may lie over
   * other bars of its lane; it comes after them, so it is drawn on top).
   */
  private static List<Bar> merged(SegmentGraph graph, boolean[] critical, long bucket, int max) {
    int lanes = graph.lanes().size();
    List<List<Bar>> byClass = new ArrayList<>(2 * lanes);
    for (int c = 0; c < 2 * lanes; c++) {
      byClass.add(new ArrayList<>());
    }
    Bar[] open = new Bar[2 * lanes];
    int count = 0;
    for (int s = 0; s < graph.segmentCount(); s++) {
      int lane = graph.lane(s);
      int barClass = 2 * lane + (critical[s] ? 1 : 0);
      long start = graph.startNanos(s);
      long stop = start + graph.durationNanos(s);
      Bar last = open[barClass];
      if (bucket > 0
          && stop - start < bucket
          && last != null
          && last.endNanos() - last.startNanos() < bucket
          && last.startNanos() / bucket == start / bucket) {
        int label = last.label() == graph.label(s) ? last.label() : -1;
        open[barClass] =
            new Bar(
                lane,
                last.startNanos(),
                Math.max(stop, last.endNanos()),
                critical[s],
                label,
                last.count() + 1);
        List<Bar> ofClass = byClass.get(barClass);
        ofClass.set(ofClass.size() - 1, open[barClass]);
        continue;
      }
      if (++count > max) {
        return null;
      }
      open[barClass] = new Bar(lane, start, stop, critical[s], graph.label(s), 1);
      byClass.get(barClass).add(open[barClass]);
    }
    List<Bar> bars = new ArrayList<>(count);
    byClass.forEach(bars::addAll);
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
    List<Bar> bars = of(graph, critical, MAX_BARS);
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
