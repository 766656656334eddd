package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.findings.Finding;
import io.serialscope.analyzer.insight.LabelDistribution;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The values {@code report.html.mustache} shows, already formatted for people. Plain maps and lists
 * keep the template engine's reflection out of the picture; the template escapes every value except
 * the four script and style blocks, which are made safe here.
 */
final class HtmlReportView {
  /** Labels listed in the breakdown table; the chart shows fewer. */
  static final int MAX_LABEL_ROWS = 100;

  private HtmlReportView() {}

  /** Where each finding's evidence is shown, by the {@code report.json} field it names. */
  private static final Map<String, String> EVIDENCE_SECTIONS =
      Map.of(
          "serialFraction", "headline",
          "criticalPath.byLabel", "labels",
          "criticalPath.byKind", "breakdown",
          "criticalPath.byLane", "breakdown",
          "concurrency", "parallelism",
          "labelDistributions", "distributions");

  static Map<String, Object> of(
      Analysis analysis,
      String dataJson,
      String css,
      String echarts,
      String pageScript,
      String csp) {
    ScalingAdvice advice = ScalingAdvice.of(analysis);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("source", analysis.source() == null ? "" : analysis.source());
    view.put("work", DurationFormat.human(analysis.workNanos()));
    view.put("span", DurationFormat.human(analysis.spanNanos()));
    view.put("parallelism", DurationFormat.ratio(analysis.parallelism()));
    view.put("serialFraction", DurationFormat.percent(analysis.serialFraction()));
    view.put("advice", advice.sentence());
    view.put("verdict", advice.verdict().displayName());
    view.put("verdictClass", advice.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    view.put("machine", machine(analysis.hardware()));
    view.put("hardwareRows", HardwareRows.of(analysis.hardware()));
    view.put("counts", counts(analysis.counts()));
    view.put("speedupRows", speedupRows(analysis));
    view.put("whatIfRows", whatIfRows(analysis));
    view.put("sensitivityRows", WhatIfRows.sensitivity(analysis.sensitivity()));
    WhatIfRows.putCpuWait(view, analysis.cpuWait(), MAX_LABEL_ROWS);
    putLabelRows(view, analysis.criticalPathByLabel());
    putSegmentRows(view, analysis);
    Analysis.Insights insights = analysis.insights();
    view.put("findings", findingRows(insights.findings()));
    view.put("laneRows", shareRows(insights.criticalPathByLane()));
    view.put("kindRows", shareRows(insights.criticalPathByKind()));
    putDistributionRows(view, insights.labelDistributions());
    view.put(
        "criticalSamples",
        String.format(Locale.ROOT, "%,d", insights.criticalPathFlame().samples()));
    view.put(
        "wholeSamples", String.format(Locale.ROOT, "%,d", insights.wholeProgramFlame().samples()));
    view.put("timelineNote", timelineNote(analysis.counts().segments()));
    view.put("csp", csp);
    view.put("warnings", analysis.warnings());
    view.put("css", css);
    view.put("dataJson", dataJson);
    view.put("echarts", echarts);
    view.put("echartsVersion", EchartsScript.version());
    view.put("pageScript", pageScript);
    return view;
  }

  private static String machine(Analysis.Hardware hw) {
    StringBuilder text = new StringBuilder("Recorded on ").append(hw.cpuModel()).append(": ");
    text.append(hw.logicalCores()).append(" logical cores");
    if (hw.physicalCores() > 0) {
      text.append(", ").append(hw.physicalCores()).append(" physical");
    }
    text.append(hw.gpus().isEmpty() ? "; no GPU" : "; GPU: " + String.join(", ", hw.gpus()));
    return text.append('.').toString();
  }

  private static String counts(Analysis.Counts c) {
    return String.format(
        Locale.ROOT,
        "%,d segments, %,d edges, %,d lanes, %,d dropped events.%s",
        c.segments(),
        c.edges(),
        c.lanes(),
        c.droppedEvents(),
        c.partial() ? " Partial recording: part of it could not be read (see the warnings)." : "");
  }

  private static List<Map<String, Object>> speedupRows(Analysis analysis) {
    TreeSet<Integer> processors = new TreeSet<>(analysis.predictedSpeedup().keySet());
    processors.addAll(analysis.amdahlSpeedup().keySet());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int p : processors) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("p", p);
      row.put("predicted", ratioOrDash(analysis.predictedSpeedup().get(p)));
      row.put("amdahl", ratioOrDash(analysis.amdahlSpeedup().get(p)));
      // Brent/Graham: max(T1/p, T∞) <= T_p <= T1/p + T∞, as speedups T1 / T_p.
      double t1 = analysis.workNanos();
      double tInf = analysis.spanNanos();
      row.put("lowerBound", t1 == 0 ? "–" : DurationFormat.ratio(t1 / (t1 / p + tInf)));
      row.put("upperBound", t1 == 0 ? "–" : DurationFormat.ratio(t1 / Math.max(t1 / p, tInf)));
      row.put("ideal", DurationFormat.ratio(p));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> whatIfRows(Analysis analysis) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Analysis.WhatIf w : analysis.whatIf()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("scenario", w.scenario());
      row.put("spec", w.spec());
      row.put("span", DurationFormat.human(w.spanNanos()));
      row.put("predicted", DurationFormat.human(w.predictedNanos()));
      row.put("speedup", DurationFormat.ratio(w.speedup()));
      rows.add(row);
    }
    return rows;
  }

  private static void putLabelRows(Map<String, Object> view, List<Analysis.LabelShare> shares) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Analysis.LabelShare share : shares.subList(0, Math.min(shares.size(), MAX_LABEL_ROWS))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", share.label());
      row.put("time", DurationFormat.human(share.nanos()));
      row.put("share", DurationFormat.percent(share.share()));
      rows.add(row);
    }
    view.put("labelRows", rows);
    view.put("labelsOmitted", omitted(shares.size(), rows.size(), "labels"));
  }

  private static void putSegmentRows(Map<String, Object> view, Analysis analysis) {
    SegmentGraph graph = analysis.graph();
    int[] path = analysis.criticalPath();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(path.length, HtmlReport.MAX_SEGMENT_ROWS); i++) {
      int s = path[i];
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lane", graph.lanes().get(graph.lane(s)).name());
      row.put("label", graph.labelName(s));
      row.put("kind", graph.kind(s).displayName());
      row.put("startMs", DurationFormat.millis(graph.startNanos(s)));
      row.put("durationMs", DurationFormat.millis(graph.durationNanos(s)));
      rows.add(row);
    }
    view.put("segmentRows", rows);
    view.put("segmentCount", String.format(Locale.ROOT, "%,d", path.length));
    view.put("segmentsOmitted", omitted(path.length, rows.size(), "segments"));
  }

  private static List<Map<String, Object>> findingRows(List<Finding> findings) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("severity", f.severity().name());
      row.put("severityClass", f.severity().name().toLowerCase(Locale.ROOT));
      row.put("summary", f.summary());
      row.put("evidence", "evidence: " + f.evidence());
      row.put("evidenceSection", EVIDENCE_SECTIONS.getOrDefault(f.evidence(), "findings"));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> shareRows(List<Analysis.Share> shares) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Analysis.Share share : shares.subList(0, Math.min(shares.size(), MAX_LABEL_ROWS))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", share.name());
      row.put("time", DurationFormat.human(share.nanos()));
      row.put("share", DurationFormat.percent(share.share()));
      rows.add(row);
    }
    return rows;
  }

  private static void putDistributionRows(
      Map<String, Object> view, List<LabelDistribution> distributions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int shown = Math.min(distributions.size(), MAX_LABEL_ROWS);
    for (LabelDistribution d : distributions.subList(0, shown)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", d.label());
      row.put("segments", String.format(Locale.ROOT, "%,d", d.segments()));
      row.put("total", DurationFormat.human(d.totalNanos()));
      row.put("p50", DurationFormat.human(d.p50Nanos()));
      row.put("p90", DurationFormat.human(d.p90Nanos()));
      row.put("p99", DurationFormat.human(d.p99Nanos()));
      row.put("max", DurationFormat.human(d.maxNanos()));
      rows.add(row);
    }
    view.put("distributionRows", rows);
    view.put("distributionsOmitted", omitted(distributions.size(), shown, "labels"));
  }

  private static String timelineNote(int segments) {
    return segments <= TimelineBars.MAX_BARS
        ? "Lighter bars hold several short segments; they split as you zoom in."
        : String.format(
            Locale.ROOT,
            "%,d segments, kept as at most %,d bars: short neighbours on a thread are merged,"
                + " and zooming in splits bars down to that resolution.",
            segments,
            TimelineBars.MAX_BARS);
  }

  /** A note such as "Showing the first 200 of 1,234 segments.", or "" when all are shown. */
  private static String omitted(int total, int shown, String what) {
    return total == shown
        ? ""
        : String.format(Locale.ROOT, "Showing the first %,d of %,d %s.", shown, total, what);
  }

  private static String ratioOrDash(Double value) {
    return value == null ? "–" : DurationFormat.ratio(value);
  }
}
