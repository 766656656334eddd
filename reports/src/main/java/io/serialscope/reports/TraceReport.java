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

/**
 * Writes {@code trace.json} in the Chrome Trace Event format, which Perfetto and {@code
 * chrome://tracing} open: one process; one track per lane, named by {@code thread_name} metadata;
 * every segment a complete ({@code "X"}) event named by its label at its recorded start, lasting
 * its processor time; and one more track, {@value #CRITICAL_TRACK_NAME}, sorted first, that repeats
 * the critical-path segments so the path is visible at a glance.
 *
 * <p>Categories are {@code cpu}, {@code gpu_kernel} or {@code gpu_copy} after the segment's kind,
 * with {@code ,critical} appended on the critical path. Times are microseconds written as exact
 * decimals (nanosecond resolution, no exponent). Events are streamed: a million segments need no
 * tree in memory.
 */
public final class TraceReport {
  public static final String FILE_NAME = "trace.json";
  public static final String CRITICAL_TRACK_NAME = "critical path";

  static final int PROCESS_ID = 1;

  private TraceReport() {}

  /** Writes the trace, UTF-8, to {@code file} (replacing it). */
  public static void write(Analysis analysis, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(analysis, out);
    }
  }

  /** Writes the trace, UTF-8, to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    SegmentGraph graph = analysis.graph();
    int[] path = analysis.criticalPath();
    boolean[] critical = new boolean[graph.segmentCount()];
    for (int s : path) {
      critical[s] = true;
    }
    // Lane l is thread id l + 1 (trace viewers treat id 0 as the idle thread); the critical-path
    // track takes the first id no lane uses.
    int criticalTid = graph.lanes().size() + 1;
    try (JsonGenerator g = JsonReport.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("traceEvents");
      writeMetadata(g, "process_name", 0, "name", "serialscope " + nameOf(analysis.source()));
      for (int l = 0; l < graph.lanes().size(); l++) {
        writeMetadata(g, "thread_name", l + 1, "name", graph.lanes().get(l).name());
        writeMetadata(g, "thread_sort_index", l + 1, "sort_index", l + 1);
      }
      writeMetadata(g, "thread_name", criticalTid, "name", CRITICAL_TRACK_NAME);
      writeMetadata(g, "thread_sort_index", criticalTid, "sort_index", 0);
      for (int s = 0; s < graph.segmentCount(); s++) {
        writeSegment(g, graph, s, graph.lane(s) + 1, critical[s]);
      }
      for (int s : path) {
        writeSegment(g, graph, s, criticalTid, true);
      }
      g.writeEndArray();
      g.writeStringField("displayTimeUnit", "ns");
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
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
