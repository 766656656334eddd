package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.findings.Finding;
import io.serialscope.analyzer.insight.FlameGraph;
import io.serialscope.analyzer.insight.HandOffPrediction;
import io.serialscope.analyzer.insight.LabelDistribution;
import io.serialscope.analyzer.model.SegmentGraph;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes {@code report.json}, the stable machine-readable report of DESIGN.md ("Stable surface"):
 * {@code schemaVersion} 1, work, span, parallelism, serial fraction, predicted and Amdahl speedups,
 * the critical path, what-if scenarios, hardware, counts and warnings; plus the additive fields
 * {@code source}, {@code advice}, {@code verdict}, {@code criticalPath.segmentCount}, {@code
 * criticalPath.byLane}, {@code criticalPath.byKind}, {@code profile}, {@code findings}, {@code
 * labelDistributions}, {@code scaling} (a thread-count sweep only, see {@link ScalingJson}), {@code
 * whatIf[].spec}, {@code sensitivity}, {@code cpuWait}, {@code concurrency} (the recorded
 * concurrency, a step function like {@code profile}) and {@code flameGraphs} ({@code wholeProgram}
 * and {@code criticalPath}: collapsed stacks, the {@value #MAX_STACKS} most sampled). Durations are
 * nanoseconds; ratios that are not finite are written as {@code null}.
 *
 * <p>The document is streamed, so a critical path or profile of millions of entries needs no tree
 * in memory.
 */
public final class JsonReport {
  public static final String FILE_NAME = "report.json";
  public static final int SCHEMA_VERSION = 1;

  /** Stacks per flame graph in the JSON report; the collapsed-stacks file has them all. */
  public static final int MAX_STACKS = 1_000;

  /** Fields a caller adds at the end of the document's top-level object. */
  interface ExtraFields {
    void write(JsonGenerator g) throws IOException;
  }

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
    write(analysis, out, g -> {});
  }

  /** {@link #write(Analysis, Path)} with {@code extra} fields at the end of the document. */
  static void write(Analysis analysis, Path file, ExtraFields extra) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(analysis, out, extra);
    }
  }

  static void write(Analysis analysis, OutputStream out, ExtraFields extra) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      writeDocument(g, analysis, Integer.MAX_VALUE, true, extra);
    }
    out.flush();
  }

  /**
   * The same document, compact, with at most {@code maxSegments} critical-path segments and no
   * profile: the data an HTML page embeds.
   */
  static String compact(Analysis analysis, int maxSegments) throws IOException {
    return compact(analysis, maxSegments, g -> {});
  }

  /** {@link #compact(Analysis, int)} with {@code extra} fields at the end. */
  static String compact(Analysis analysis, int maxSegments, ExtraFields extra) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      writeDocument(g, analysis, maxSegments, false, extra);
    }
    return text.toString();
  }

  static void writeDocument(
      JsonGenerator g, Analysis analysis, int maxSegments, boolean withProfile) throws IOException {
    writeDocument(g, analysis, maxSegments, withProfile, x -> {});
  }

  static void writeDocument(
      JsonGenerator g, Analysis analysis, int maxSegments, boolean full, ExtraFields extra)
      throws IOException {
    boolean withProfile = full;
    ScalingAdvice advice = ScalingAdvice.of(analysis);
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("source", analysis.source());
    g.writeBooleanField("partial", analysis.counts().partial());
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
    WhatIfJson.writeSensitivity(g, analysis.sensitivity());
    WhatIfJson.writeCpuWait(g, analysis.cpuWait());
    writeHandOffs(g, analysis.insights().handOffs());
    writeHardware(g, analysis.hardware());
    writeCounts(g, analysis.counts());
    GpuJson.write(g, analysis);
    g.writeArrayFieldStart("warnings");
    for (String warning : analysis.warnings()) {
      g.writeString(warning);
    }
    g.writeEndArray();
    if (withProfile && analysis.profile() != null) {
      writeProfile(g, "profile", analysis.profile());
    }
    Analysis.Insights insights = analysis.insights();
    writeFindings(g, insights.findings());
    writeDistributions(g, insights.labelDistributions());
    if (full) {
      writeProfile(g, "concurrency", insights.recordedConcurrency());
      g.writeObjectFieldStart("flameGraphs");
      writeFlameGraph(g, "wholeProgram", insights.wholeProgramFlame());
      writeFlameGraph(g, "criticalPath", insights.criticalPathFlame());
      g.writeEndObject();
    }
    extra.write(g);
    g.writeEndObject();
  }

  private static void writeHandOffs(JsonGenerator g, HandOffPrediction handOffs)
      throws IOException {
    g.writeObjectFieldStart("handOffs");
    g.writeNumberField("latencyNanos", handOffs.latencyNanos());
    g.writeNumberField("samples", handOffs.samples());
    g.writeObjectFieldStart("predictedNanos");
    for (Map.Entry<Integer, Long> e : handOffs.predictedNanos().entrySet()) {
      g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    writeSpeedups(g, "predictedSpeedup", handOffs.predictedSpeedup());
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
    writeParts(g, "byLane", "lane", analysis.insights().criticalPathByLane());
    writeParts(g, "byKind", "kind", analysis.insights().criticalPathByKind());
    g.writeEndObject();
  }

  private static void writeParts(
      JsonGenerator g, String field, String key, List<Analysis.Share> parts) throws IOException {
    g.writeArrayFieldStart(field);
    for (Analysis.Share part : parts) {
      writePart(g, key, part.name(), part.nanos(), part.share());
    }
    g.writeEndArray();
  }

  private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("summary", f.summary());
      g.writeStringField("evidence", f.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeDistributions(JsonGenerator g, List<LabelDistribution> distributions)
      throws IOException {
    g.writeArrayFieldStart("labelDistributions");
    for (LabelDistribution d : distributions) {
      g.writeStartObject();
      g.writeStringField("label", d.label());
      g.writeNumberField("segments", d.segments());
      g.writeNumberField("totalNanos", d.totalNanos());
      g.writeNumberField("p50Nanos", d.p50Nanos());
      g.writeNumberField("p90Nanos", d.p90Nanos());
      g.writeNumberField("p99Nanos", d.p99Nanos());
      g.writeNumberField("maxNanos", d.maxNanos());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeFlameGraph(JsonGenerator g, String name, FlameGraph flame)
      throws IOException {
    List<Map.Entry<String, Long>> stacks = new ArrayList<>(flame.stacks().entrySet());
    stacks.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    int shown = Math.min(stacks.size(), MAX_STACKS);
    g.writeObjectFieldStart(name);
    g.writeNumberField("samples", flame.samples());
    g.writeNumberField("omittedStacks", stacks.size() - shown);
    g.writeArrayFieldStart("stacks");
    for (Map.Entry<String, Long> stack : stacks.subList(0, shown)) {
      g.writeStartObject();
      g.writeStringField("stack", stack.getKey());
      g.writeNumberField("count", stack.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
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
      g.writeStringField("spec", w.spec());
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
    HardwareJson.writeSnapshotFields(g, hardware);
    g.writeEndObject();
  }

  private static void writeCounts(JsonGenerator g, Analysis.Counts counts) throws IOException {
    g.writeObjectFieldStart("counts");
    g.writeNumberField("segments", counts.segments());
    g.writeNumberField("edges", counts.edges());
    g.writeNumberField("lanes", counts.lanes());
    g.writeNumberField("droppedEvents", counts.droppedEvents());
    g.writeBooleanField("partial", counts.partial());
    g.writeNumberField("jfrDataLossBytes", counts.jfrDataLossBytes());
    g.writeNumberField("mergedTasks", counts.mergedTasks());
    g.writeEndObject();
  }

  private static void writeProfile(
      JsonGenerator g, String field, Analysis.ParallelismProfile profile) throws IOException {
    g.writeObjectFieldStart(field);
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
