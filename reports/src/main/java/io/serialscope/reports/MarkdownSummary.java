package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.findings.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes {@code summary.md}: the headline, the advice, findings, the speedup and what-if tables and
 * the top critical-path labels, for terminals and CI pages. Recorded text is escaped so that it
 * shows as written and can neither format nor link anything.
 */
public final class MarkdownSummary {
  public static final String FILE_NAME = "summary.md";

  /** Critical-path labels listed. */
  static final int TOP_LABELS = 10;

  private MarkdownSummary() {}

  public static void write(Analysis analysis, Path file) throws IOException {
    Files.writeString(file, of(analysis), StandardCharsets.UTF_8);
  }

  /** The summary's text. */
  public static String of(Analysis a) {
    StringBuilder md = new StringBuilder("# serialscope: ").append(text(a.source())).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "**Work** %s · **span** %s · **parallelism** %s · **serial fraction** %s%n%n",
            DurationFormat.human(a.workNanos()),
            DurationFormat.human(a.spanNanos()),
            DurationFormat.ratio(a.parallelism()),
            DurationFormat.percent(a.serialFraction())));
    md.append("> ").append(text(ScalingAdvice.of(a).sentence())).append("\n\n");
    md.append("## Findings\n\n");
    List<Finding> findings = a.insights().findings();
    if (findings.isEmpty()) {
      md.append("None: no rule found a problem.\n");
    }
    for (Finding f : findings) {
      md.append("- **")
          .append(f.severity().name())
          .append("** ")
          .append(text(f.summary()))
          .append(" (evidence: `")
          .append(f.evidence().replace("`", ""))
          .append("`)\n");
    }
    md.append("\n## Speedup\n\n| processors | predicted | Amdahl |\n|---:|---:|---:|\n");
    TreeSet<Integer> processors = new TreeSet<>(a.predictedSpeedup().keySet());
    processors.addAll(a.amdahlSpeedup().keySet());
    for (int p : processors) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s |%n",
              p,
              ratio(a.predictedSpeedup().get(p)),
              ratio(a.amdahlSpeedup().get(p))));
    }
    md.append("\n## What if\n\n| scenario | predicted time | speedup |\n|---|---:|---:|\n");
    for (Analysis.WhatIf w : a.whatIf()) {
      md.append("| ")
          .append(text(w.scenario()))
          .append(" | ")
          .append(DurationFormat.human(w.predictedNanos()))
          .append(" | ")
          .append(ratio(w.speedup()))
          .append(" |\n");
    }
    md.append("\n## Critical path by label\n\n| label | time | share |\n|---|---:|---:|\n");
    List<Analysis.LabelShare> labels = a.criticalPathByLabel();
    for (Analysis.LabelShare share : labels.subList(0, Math.min(TOP_LABELS, labels.size()))) {
      md.append("| ")
          .append(text(share.label()))
          .append(" | ")
          .append(DurationFormat.human(share.nanos()))
          .append(" | ")
          .append(DurationFormat.percent(share.share()))
          .append(" |\n");
    }
    if (!a.warnings().isEmpty()) {
      md.append("\n## Warnings\n\n");
      a.warnings().forEach(w -> md.append("- ").append(text(w)).append('\n'));
    }
    return md.toString();
  }

  private static String ratio(Double value) {
    return value == null ? "–" : DurationFormat.ratio(value) + "×";
  }

  /**
   * Recorded text as literal Markdown: one line, every character Markdown or HTML could read as
   * syntax backslash-escaped ({@code <} too, so no tag or autolink forms), control characters
   * replaced.
   */
  static String text(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append('\uFFFD'); // invisible in a terminal or page, and some break both
      } else if ("\\`*_{}[]()<>#+-.!|~&\"'=:".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
