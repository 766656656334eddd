package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes {@code report.json}, the stable machine-readable report of DESIGN.md ("Stable surface"):
 * {@code schemaVersion} 1, work, span, parallelism, serial fraction, predicted and Amdahl speedups,
 * the critical path, what-if scenarios, hardware, counts and warnings; plus the additive fields
 * {@code source}, {@code advice}, {@code verdict}, {@code criticalPath.segmentCount}, {@code
 * criticalPath.byLane}, {@code criticalPath.byKind} and {@code profile}. Durations are nanoseconds;
 * ratios that are not finite are written as {@code null}.
 *
 * <p>The document is streamed, so a critical path or profile of millions of entries needs no tree
 * in memory.
 */
public final class JsonReport {
  public static final String FILE_NAME = "report.json";
  public static final int SCHEMA_VERSION = 1;

  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonReport() {}

  /** Writes the report, pretty-printed UTF-8, to {@code file} (replacing it). */
  public static void write(Analysis analysis, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(analysis, out);
    }
  }

  /** Writes the report, pretty-printed UTF-8, to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      writeDocument(g, analysis, Integer.MAX_VALUE, true);
    }
    out.flush();
  }

  /**
   * The same document, compact, with at most {@code maxSegments} critical-path segments and no
   * profile: the data an HTML page embeds.
   */
  static String compact(Analysis analysis, int maxSegments) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      writeDocument(g, analysis, maxSegments, false);
    }
    return text.toString();
  }

  static void writeDocument(
      JsonGenerator g, Analysis analysis, int maxSegments, boolean withProfile) throws IOException {
    ScalingAdvice advice = ScalingAdvice.of(analysis);
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("source", analysis.source());
    g.writeNumberField("workNanos", analysis.workNanos());
    g.writeNumberField("spanNanos", analysis.spanNanos());
    writeRatio(g, "parallelism", analysis.parallelism());
    writeRatio(g, "serialFraction", analysis.serialFraction());
    writeSpeedups(g, "predictedSpeedup", analysis.predictedSpeedup());
    writeSpeedups(g, "amdahlSpeedup", analysis.amdahlSpeedup());
    g.writeStringField("advice", advice.sentence());
    g.writeStringField("verdict", advice.verdict().displayName());
    writeCriticalPath(g, analysis, maxSegments);
    writeWhatIf(g, analysis.whatIf());
    writeHardware(g, analysis.hardware());
    writeCounts(g, analysis.counts());
    g.writeArrayFieldStart("warnings");
    for (String warning : analysis.warnings()) {
      g.writeString(warning);
    }
    g.writeEndArray();
    if (withProfile && analysis.profile() != null) {
      writeProfile(g, analysis.profile());
    }
    g.writeEndObject();
  }

  private static void writeSpeedups(JsonGenerator g, String name, SortedMap<Integer, Double> byP)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<Integer, Double> e : byP.entrySet()) {
      writeRatio(g, String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeCriticalPath(JsonGenerator g, Analysis analysis, int maxSegments)
      throws IOException {
    SegmentGraph graph = analysis.graph();
    int[] path = analysis.criticalPath();
    g.writeObjectFieldStart("criticalPath");
    g.writeNumberField("segmentCount", path.length);
    g.writeArrayFieldStart("segments");
    for (int i = 0; i < Math.min(path.length, maxSegments); i++) {
      int s = path[i];
      g.writeStartObject();
      g.writeNumberField("segment", s);
      g.writeStringField("lane", graph.lanes().get(graph.lane(s)).name());
      g.writeStringField("label", graph.labelName(s));
      g.writeStringField("kind", graph.kind(s).displayName());
      g.writeNumberField("startNanos", graph.startNanos(s));
      g.writeNumberField("durationNanos", graph.durationNanos(s));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byLabel");
    for (Analysis.LabelShare share : analysis.criticalPathByLabel()) {
      writePart(g, "label", share.label(), share.nanos(), share.share());
    }
    g.writeEndArray();
    writeParts(g, "byLane", "lane", CriticalPathAttribution.byLane(graph, path));
    writeParts(g, "byKind", "kind", CriticalPathAttribution.byKind(graph, path));
    g.writeEndObject();
  }

  private static void writeParts(
      JsonGenerator g, String field, String key, List<CriticalPathAttribution.Part> parts)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (CriticalPathAttribution.Part part : parts) {
      writePart(g, key, part.name(), part.nanos(), part.share());
    }
    g.writeEndArray();
  }

  private static void writePart(JsonGenerator g, String key, String name, long nanos, double share)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(key, name);
    g.writeNumberField("nanos", nanos);
    writeRatio(g, "share", share);
    g.writeEndObject();
  }

  private static void writeWhatIf(JsonGenerator g, List<Analysis.WhatIf> whatIf)
      throws IOException {
    g.writeArrayFieldStart("whatIf");
    for (Analysis.WhatIf w : whatIf) {
      g.writeStartObject();
      g.writeStringField("scenario", w.scenario());
      g.writeNumberField("spanNanos", w.spanNanos());
      g.writeNumberField("predictedNanos", w.predictedNanos());
      writeRatio(g, "speedup", w.speedup());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeHardware(JsonGenerator g, Analysis.Hardware hardware)
      throws IOException {
    g.writeObjectFieldStart("hardware");
    g.writeNumberField("logicalCores", hardware.logicalCores());
    g.writeNumberField("physicalCores", hardware.physicalCores());
    g.writeStringField("cpuModel", hardware.cpuModel());
    g.writeArrayFieldStart("gpus");
    for (String gpu : hardware.gpus()) {
      g.writeString(gpu);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCounts(JsonGenerator g, Analysis.Counts counts) throws IOException {
    g.writeObjectFieldStart("counts");
    g.writeNumberField("segments", counts.segments());
    g.writeNumberField("edges", counts.edges());
    g.writeNumberField("lanes", counts.lanes());
    g.writeNumberField("droppedEvents", counts.droppedEvents());
    g.writeEndObject();
  }

  private static void writeProfile(JsonGenerator g, Analysis.ParallelismProfile profile)
      throws IOException {
    g.writeObjectFieldStart("profile");
    long[] times = profile.timesNanos();
    g.writeFieldName("timesNanos");
    g.writeArray(times, 0, times.length);
    int[] levels = profile.levels();
    g.writeFieldName("levels");
    g.writeArray(levels, 0, levels.length);
    g.writeEndObject();
  }

  /** JSON has no NaN or infinity; a ratio that is not finite is unknown, i.e. null. */
  private static void writeRatio(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(name, value);
    } else {
      g.writeNullField(name);
    }
  }
}
