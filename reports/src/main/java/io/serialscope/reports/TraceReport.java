package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code trace.json} in the Chrome Trace Event format, which Perfetto and {@code
 * chrome://tracing} open: one process; one track per lane, named by {@code thread_name} metadata;
 * every segment a complete ({@code "X"}) event named by its label at its recorded start, lasting
 * its processor time; and one more track, {@value #CRITICAL_TRACK_NAME}, sorted first, that repeats
 * the critical-path segments so the path is visible at a glance. Slices on one track never overlap:
 * a segment that would overlap an earlier one of its lane (hand-made graphs; a recorded thread runs
 * one segment at a time) goes to an extra track named after the lane. Dependency edges between
 * lanes are flow events ({@code "s"} at the end of the source slice, {@code "f"} with {@code
 * "bp":"e"} at the start of the target), critical-path hand-overs first, at most {@value
 * #MAX_FLOWS}.
 *
 * <p>Categories are {@code cpu}, {@code gpu_kernel} or {@code gpu_copy} after the segment's kind,
 * with {@code ,critical} appended on the critical path. Times are microseconds written as exact
 * decimals (nanosecond resolution, no exponent). Events are streamed: a million segments need no
 * tree in memory.
 *
 * <p>Bounded: when the segments and the critical-path copies together exceed {@link #MAX_SLICES},
 * each track's time is cut into equal buckets, as many as the budget allows per track, and the
 * segments of a track that start in one bucket become one slice, from the first one's start to the
 * latest end, named after their label (or {@code "mixed labels"}) with the count appended, with
 * {@code "segments"}, {@code "firstSegment"}, {@code "lastSegment"}, {@code "busy"} (their summed
 * processor time, in microseconds) and {@code "critical"} (how many are on the critical path) as
 * arguments, and category {@code merged} ({@code merged,critical} when any is). A slice that holds
 * one segment is written as above. Ten million segments would otherwise be a 1.5 GB file that
 * neither Perfetto's UI nor {@code chrome://tracing} opens.
 */
public final class TraceReport {
  public static final String FILE_NAME = "trace.json";
  public static final String CRITICAL_TRACK_NAME = "critical path";

  static final int PROCESS_ID = 1;

  /** Flow arrows written at most: viewers slow down with many more. */
  public static final int MAX_FLOWS = 10_000;

  /** Slices written at most, about 75 MB of JSON, before segments are merged (see above). */
  public static final int MAX_SLICES = 500_000;

  private TraceReport() {}

  /** Writes the trace, UTF-8, to {@code file} (replacing it). */
  public static void write(Analysis analysis, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(analysis, out);
    }
  }

  /** Writes the trace, UTF-8, to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    write(analysis, out, MAX_SLICES);
  }

  /** {@link #write(Analysis, OutputStream)} with a budget of {@code maxSlices} slices. */
  static void write(Analysis analysis, OutputStream out, int maxSlices) throws IOException {
    SegmentGraph graph = analysis.graph();
    int[] path = analysis.criticalPath();
    boolean[] critical = new boolean[graph.segmentCount()];
    for (int s : path) {
      critical[s] = true;
    }
    // Lane l is thread id l + 1 (trace viewers treat id 0 as the idle thread); the critical-path
    // track takes the first id no lane uses, extra tracks the ids after it.
    int lanes = graph.lanes().size();
    int criticalTid = lanes + 1;
    try (JsonGenerator g = JsonReport.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("traceEvents");
      writeMetadata(g, "process_name", 0, "name", "serialscope " + nameOf(analysis.source()));
      for (int l = 0; l < lanes; l++) {
        writeMetadata(g, "thread_name", l + 1, "name", graph.lanes().get(l).name());
        writeMetadata(g, "thread_sort_index", l + 1, "sort_index", l + 1);
      }
      writeMetadata(g, "thread_name", criticalTid, "name", CRITICAL_TRACK_NAME);
      writeMetadata(g, "thread_sort_index", criticalTid, "sort_index", 0);
      Tracks tracks = new Tracks(g, lanes + 2);
      int[] tidOf = new int[graph.segmentCount()];
      if ((long) graph.segmentCount() + path.length <= maxSlices) {
        for (int s = 0; s < graph.segmentCount(); s++) {
          int lane = graph.lane(s);
          tidOf[s] = tracks.place(lane, lane + 1, graph.lanes().get(lane).name(), graph, s);
          writeSegment(g, graph, s, tidOf[s], critical[s]);
        }
        for (int s : path) {
          writeSegment(
              g, graph, s, tracks.place(-1, criticalTid, CRITICAL_TRACK_NAME, graph, s), true);
        }
      } else {
        MergedSlices merged =
            new MergedSlices(
                g, graph, critical, tracks, tidOf, Math.max(1, maxSlices / (lanes + 1)));
        for (int s = 0; s < graph.segmentCount(); s++) {
          int lane = graph.lane(s);
          merged.add(lane, lane + 1, graph.lanes().get(lane).name(), s);
        }
        merged.flushAll();
        for (int s : path) {
          merged.add(-1, criticalTid, CRITICAL_TRACK_NAME, s);
        }
        merged.flushAll();
      }
      writeFlows(g, graph, path, tidOf);
      g.writeEndArray();
      g.writeStringField("displayTimeUnit", "ns");
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** Cross-lane edges as flow pairs: the critical path's first, then the others in order. */
  private static void writeFlows(JsonGenerator g, SegmentGraph graph, int[] path, int[] tidOf)
      throws IOException {
    int id = 0;
    Set<Long> written = new HashSet<>();
    for (int i = 1; i < path.length && id < MAX_FLOWS; i++) {
      if (graph.lane(path[i - 1]) != graph.lane(path[i])) {
        written.add(((long) path[i - 1] << 32) | path[i]);
        writeFlow(g, graph, path[i - 1], path[i], "critical", ++id, tidOf);
      }
    }
    for (int e = 0; e < graph.edgeCount() && id < MAX_FLOWS; e++) {
      int from = graph.edgeFrom(e);
      int to = graph.edgeTo(e);
      if (graph.lane(from) != graph.lane(to) && !written.contains(((long) from << 32) | to)) {
        writeFlow(
            g, graph, from, to, graph.edgeKind(e).name().toLowerCase(Locale.ROOT), ++id, tidOf);
      }
    }
  }

  private static void writeFlow(
      JsonGenerator g, SegmentGraph graph, int from, int to, String name, int id, int[] tidOf)
      throws IOException {
    // Inside both slices: the source's last nanosecond, the target's first.
    long end = graph.startNanos(from) + graph.durationNanos(from);
    writeFlowEvent(g, name, "s", id, tidOf[from], end - Math.min(1, graph.durationNanos(from)));
    writeFlowEvent(g, name, "f", id, tidOf[to], graph.startNanos(to));
  }

  private static void writeFlowEvent(
      JsonGenerator g, String name, String phase, int id, int tid, long nanos) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("cat", "edge");
    g.writeStringField("ph", phase);
    if (phase.equals("f")) {
      g.writeStringField("bp", "e");
    }
    g.writeNumberField("id", id);
    g.writeNumberField("pid", PROCESS_ID);
    g.writeNumberField("tid", tid);
    g.writeFieldName("ts");
    g.writeNumber(micros(nanos));
    g.writeEndObject();
  }

  /**
   * Which track each slice goes on so that slices of a track never overlap: slices arrive in start
   * order; each goes on the first track of its group that is free by then, else on a new extra
   * track (named, and sorted, after the group's own).
   */
  private static final class Tracks {
    private final JsonGenerator g;
    private int nextTid;
    private final Map<Integer, List<long[]>> byGroup = new HashMap<>();

    Tracks(JsonGenerator g, int firstExtraTid) {
      this.g = g;
      this.nextTid = firstExtraTid;
    }

    /** The tid for segment {@code s} of {@code group}, whose own track is {@code tid}. */
    int place(int group, int tid, String name, SegmentGraph graph, int s) throws IOException {
      long start = graph.startNanos(s);
      return place(group, tid, name, start, start + graph.durationNanos(s));
    }

    /** The tid for a slice from {@code start} to {@code end} of {@code group}. */
    int place(int group, int tid, String name, long start, long end) throws IOException {
      List<long[]> tracks = byGroup.computeIfAbsent(group, k -> new ArrayList<>());
      if (tracks.isEmpty()) {
        tracks.add(new long[] {tid, Long.MIN_VALUE});
      }
      for (long[] track : tracks) { // {tid, end of its last slice}
        if (track[1] <= start) {
          track[1] = end;
          return (int) track[0];
        }
      }
      int extra = nextTid++;
      writeMetadata(
          g, "thread_name", extra, "name", name + " (overlapping #" + tracks.size() + ")");
      writeMetadata(g, "thread_sort_index", extra, "sort_index", tid);
      tracks.add(new long[] {extra, end});
      return extra;
    }
  }

  private static void writeSegment(
      JsonGenerator g, SegmentGraph graph, int s, int tid, boolean critical) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", graph.labelName(s));
    g.writeStringField(
        "cat", critical ? category(graph.kind(s)) + ",critical" : category(graph.kind(s)));
    g.writeStringField("ph", "X");
    g.writeFieldName("ts");
    g.writeNumber(micros(graph.startNanos(s)));
    g.writeFieldName("dur");
    g.writeNumber(micros(graph.durationNanos(s)));
    g.writeNumberField("pid", PROCESS_ID);
    g.writeNumberField("tid", tid);
    g.writeObjectFieldStart("args");
    g.writeNumberField("task", graph.task(s));
    g.writeNumberField("segment", s);
    g.writeBooleanField("critical", critical);
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * The segments of each track that start in one time bucket, written as one slice (see the class
   * comment). The bucket width is the recording's time range over {@code bucketsPerTrack}; slices
   * are written when the next segment of their track starts in a later bucket, or at {@link
   * #flushAll}.
   */
  private static final class MergedSlices {
    private final JsonGenerator g;
    private final SegmentGraph graph;
    private final boolean[] critical;
    private final Tracks tracks;
    private final int[] tidOf;
    private final long origin;
    private final long bucketNanos;

    /** The run of each track: {@code runs[0]} the critical path's, {@code runs[lane + 1]}. */
    private final Run[] runs;

    /** The segments of one track in one bucket, so far. */
    private static final class Run {
      final int group;
      final int tid;
      final String name;
      long bucket;
      long start;
      long end;
      long busy;
      int criticalCount;
      int label;
      boolean mixedLabels;
      int[] segments = new int[16];
      int count;

      Run(int group, int tid, String name) {
        this.group = group;
        this.tid = tid;
        this.name = name;
      }
    }

    MergedSlices(
        JsonGenerator g,
        SegmentGraph graph,
        boolean[] critical,
        Tracks tracks,
        int[] tidOf,
        int bucketsPerTrack) {
      this.g = g;
      this.graph = graph;
      this.critical = critical;
      this.tracks = tracks;
      this.tidOf = tidOf;
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int s = 0; s < graph.segmentCount(); s++) {
        first = Math.min(first, graph.startNanos(s));
        last = Math.max(last, graph.startNanos(s) + graph.durationNanos(s));
      }
      this.origin = first;
      this.bucketNanos = Math.max(1, (last - first) / bucketsPerTrack + 1);
      this.runs = new Run[graph.lanes().size() + 1];
    }

    /** Segment {@code s} on the track of {@code group} ({@code -1}: the critical path's). */
    void add(int group, int tid, String name, int s) throws IOException {
      long start = graph.startNanos(s);
      long bucket = Math.floorDiv(start - origin, bucketNanos);
      Run run = runs[group + 1];
      if (run == null) {
        run = runs[group + 1] = new Run(group, tid, name);
      }
      if (run.count > 0 && run.bucket != bucket) {
        flush(run);
      }
      if (run.count == 0) {
        run.bucket = bucket;
        run.start = start;
        run.end = start;
        run.busy = 0;
        run.criticalCount = 0;
        run.label = graph.label(s);
        run.mixedLabels = false;
      }
      run.end = Math.max(run.end, start + graph.durationNanos(s));
      run.busy += graph.durationNanos(s);
      run.criticalCount += critical[s] ? 1 : 0;
      run.mixedLabels |= graph.label(s) != run.label;
      if (run.count == run.segments.length) {
        run.segments = java.util.Arrays.copyOf(run.segments, 2 * run.count);
      }
      run.segments[run.count++] = s;
    }

    void flushAll() throws IOException {
      for (Run run : runs) {
        if (run != null && run.count > 0) {
          flush(run);
        }
      }
    }

    private void flush(Run run) throws IOException {
      int tid = tracks.place(run.group, run.tid, run.name, run.start, run.end);
      boolean laneTrack = run.group >= 0; // the critical track repeats segments placed already
      if (run.count == 1) {
        int s = run.segments[0];
        writeSegment(g, graph, s, tid, critical[s]);
      } else {
        int first = run.segments[0];
        String label = run.mixedLabels ? "mixed labels" : graph.labelName(first);
        g.writeStartObject();
        g.writeStringField("name", label + " (" + run.count + " segments)");
        g.writeStringField("cat", run.criticalCount > 0 ? "merged,critical" : "merged");
        g.writeStringField("ph", "X");
        g.writeFieldName("ts");
        g.writeNumber(micros(run.start));
        g.writeFieldName("dur");
        g.writeNumber(micros(run.end - run.start));
        g.writeNumberField("pid", PROCESS_ID);
        g.writeNumberField("tid", tid);
        g.writeObjectFieldStart("args");
        g.writeNumberField("segments", run.count);
        g.writeNumberField("firstSegment", first);
        g.writeNumberField("lastSegment", run.segments[run.count - 1]);
        g.writeFieldName("busy");
        g.writeNumber(micros(run.busy));
        g.writeNumberField("critical", run.criticalCount);
        g.writeEndObject();
        g.writeEndObject();
      }
      if (laneTrack) {
        for (int i = 0; i < run.count; i++) {
          tidOf[run.segments[i]] = tid;
        }
      }
      run.count = 0;
    }
  }

  private static void writeMetadata(
      JsonGenerator g, String name, int tid, String argName, Object argValue) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("ph", "M");
    g.writeNumberField("pid", PROCESS_ID);
    g.writeNumberField("tid", tid);
    g.writeObjectFieldStart("args");
    if (argValue instanceof Integer i) {
      g.writeNumberField(argName, i);
    } else {
      g.writeStringField(argName, String.valueOf(argValue));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static String category(SegmentKind kind) {
    return switch (kind) {
      case CPU -> "cpu";
      case GPU_KERNEL -> "gpu_kernel";
      case GPU_COPY -> "gpu_copy";
      case IO_WAIT -> "io_wait";
    };
  }

  /** Nanoseconds as an exact decimal number of microseconds: {@code 1234567 -> "1234.567"}. */
  static String micros(long nanos) {
    if (nanos < 0) {
      return BigDecimal.valueOf(nanos, 3).stripTrailingZeros().toPlainString();
    }
    long whole = nanos / 1000;
    int fraction = (int) (nanos % 1000);
    if (fraction == 0) {
      return Long.toString(whole);
    }
    return whole + "." + Integer.toString(1000 + fraction).substring(1);
  }

  private static String nameOf(String source) {
    return source == null || source.isEmpty() ? "" : "(" + source + ")";
  }
}
