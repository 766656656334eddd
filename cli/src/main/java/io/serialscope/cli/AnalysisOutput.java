package io.serialscope.cli;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.findings.Finding;
import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.analyzer.insight.HandOffPrediction;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.analyzer.jfr.RecordingException;
import io.serialscope.reports.ReportWriter;
import io.serialscope.reports.ScalingAdvice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Analyzes a recording, writes the reports and prints the short summary people read first. */
final class AnalysisOutput {
  private AnalysisOutput() {}

  static Analysis analyzeAndWrite(Path recording, Path outDir, PrintWriter out)
      throws BaseCommand.UserError {
    return analyzeAndWrite(recording, outDir, out, List.of());
  }

  /** Also runs the user's {@code --what-if} scenarios and prints their results. */
  static Analysis analyzeAndWrite(
      Path recording, Path outDir, PrintWriter out, List<WhatIfSpec> whatIfSpecs)
      throws BaseCommand.UserError {
    Analysis analysis;
    try {
      analysis = RecordingAnalyzer.analyze(recording, whatIfSpecs);
    } catch (RecordingException e) {
      throw new BaseCommand.UserError(e.getMessage(), e);
    } catch (IllegalArgumentException e) { // a what-if label the recording does not have
      throw new BaseCommand.UserError(e.getMessage(), e);
    }
    try {
      ReportWriter.writeAll(analysis, outDir);
    } catch (IOException | UncheckedIOException e) {
      throw new BaseCommand.UserError(
          "cannot write reports to " + outDir + ": " + e.getMessage(), e);
    }
    printSummary(analysis, outDir, out, whatIfSpecs);
    return analysis;
  }

  static void printSummary(Analysis a, Path outDir, PrintWriter out) {
    printSummary(a, outDir, out, List.of());
  }

  static void printSummary(Analysis a, Path outDir, PrintWriter out, List<WhatIfSpec> asked) {
    out.printf(Locale.ROOT, "serialscope: %s%n", a.source());
    out.printf(
        Locale.ROOT,
        "  %d segments, %d edges, %d threads%n",
        a.counts().segments(),
        a.counts().edges(),
        a.counts().lanes());
    out.printf(Locale.ROOT, "  work             %s%n", Durations.format(a.workNanos()));
    out.printf(Locale.ROOT, "  span             %s%n", Durations.format(a.spanNanos()));
    out.printf(Locale.ROOT, "  parallelism      %.2fx%n", a.parallelism());
    out.printf(Locale.ROOT, "  serial fraction  %.1f %%%n", 100 * a.serialFraction());
    out.printf(
        Locale.ROOT,
        "  predicted speedup  2 cores: %.2fx   4 cores: %.2fx   16 cores: %.2fx%n",
        a.predictedSpeedup().getOrDefault(2, 1.0),
        a.predictedSpeedup().getOrDefault(4, 1.0),
        a.predictedSpeedup().getOrDefault(16, 1.0));
    HandOffPrediction handOffs = a.insights().handOffs();
    if (handOffs.latencyNanos() > 0) {
      out.printf(
          Locale.ROOT,
          "  with hand-offs     2 cores: %.2fx   4 cores: %.2fx   16 cores: %.2fx"
              + "   (%s per hand-off, %d measured)%n",
          handOffs.predictedSpeedup().getOrDefault(2, 1.0),
          handOffs.predictedSpeedup().getOrDefault(4, 1.0),
          handOffs.predictedSpeedup().getOrDefault(16, 1.0),
          Durations.format(handOffs.latencyNanos()),
          handOffs.samples());
    }
    StringBuilder labels = new StringBuilder();
    a.criticalPathByLabel().stream()
        .limit(3)
        .forEach(
            l ->
                labels
                    .append(labels.length() == 0 ? "" : ", ")
                    .append(plain(l.label()))
                    .append(String.format(Locale.ROOT, " %.0f %%", 100 * l.share())));
    out.printf(Locale.ROOT, "  critical path    %s%n", labels);
    out.printf(Locale.ROOT, "  advice           %s%n", ScalingAdvice.of(a).sentence());
    // the user's scenarios come last in whatIf, one per spec
    List<Analysis.WhatIf> whatIf = a.whatIf();
    for (Analysis.WhatIf w : whatIf.subList(whatIf.size() - asked.size(), whatIf.size())) {
      out.printf(
          Locale.ROOT,
          "  what-if          %s: span %s, predicted %s, %.2fx%n",
          w.spec(),
          Durations.format(w.spanNanos()),
          Durations.format(w.predictedNanos()),
          w.speedup());
    }
    for (Finding finding : a.insights().findings()) {
      out.printf(
          Locale.ROOT,
          "  %-16s %s%n",
          finding.severity().name().toLowerCase(Locale.ROOT),
          plain(finding.summary()));
    }
    for (String warning : a.warnings()) {
      out.println("  warning: " + plain(warning));
    }
    out.printf(
        Locale.ROOT,
        "reports: %s %s %s %s%n",
        outDir.resolve("report.html"),
        outDir.resolve("report.json"),
        outDir.resolve("trace.json"),
        outDir.resolve("summary.md"));
    out.flush();
  }

  /**
   * Recorded text (labels, thread names inside findings) for a terminal: control characters, which
   * could move the cursor or recolour the terminal (ESC sequences in a thread name), become U+FFFD.
   */
  static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
    return out.toString();
  }
}
