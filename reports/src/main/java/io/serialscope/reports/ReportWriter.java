package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.scaling.ScalingSweep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes every file report of an analysis into one directory. */
public final class ReportWriter {
  public static final String CRITICAL_PATH_STACKS = "critical-path.collapsed";

  private ReportWriter() {}

  /**
   * Creates {@code outDir} (and its parents) when needed and writes {@value JsonReport#FILE_NAME},
   * {@value HtmlReport#FILE_NAME}, {@value TraceReport#FILE_NAME}, {@value
   * MarkdownSummary#FILE_NAME} and {@value #CRITICAL_PATH_STACKS} (the critical-path flame graph as
   * collapsed stacks, empty when the recording has no execution samples) into it, replacing files
   * of those names. Each file is replaced whole ({@link AtomicFile}): a crash mid-way leaves the
   * previous version, never a truncated one.
   *
   * @throws IOException when the directory cannot be created or a file cannot be written
   */
  public static void writeAll(Analysis analysis, Path outDir) throws IOException {
    writeAll(analysis, outDir, g -> {});
  }

  /**
   * {@link #writeAll(Analysis, Path)} for a thread-count sweep: report.json and the page's data get
   * the additive {@code scaling} field ({@link ScalingJson}), and the speedup chart shows the
   * measured points and the USL curve beside the prediction.
   */
  public static void writeAll(Analysis analysis, Path outDir, ScalingSweep scaling)
      throws IOException {
    writeAll(analysis, outDir, g -> ScalingJson.write(g, scaling));
  }

  private static void writeAll(Analysis analysis, Path outDir, JsonReport.ExtraFields extra)
      throws IOException {
    Files.createDirectories(outDir);
    AtomicFile.write(
        outDir.resolve(JsonReport.FILE_NAME), f -> JsonReport.write(analysis, f, extra));
    AtomicFile.write(
        outDir.resolve(HtmlReport.FILE_NAME), f -> HtmlReport.write(analysis, f, extra));
    AtomicFile.write(outDir.resolve(TraceReport.FILE_NAME), f -> TraceReport.write(analysis, f));
    AtomicFile.write(
        outDir.resolve(MarkdownSummary.FILE_NAME), f -> MarkdownSummary.write(analysis, f));
    List<String> stacks = analysis.insights().criticalPathFlame().collapsedLines();
    AtomicFile.write(
        outDir.resolve(CRITICAL_PATH_STACKS), f -> Files.write(f, stacks, StandardCharsets.UTF_8));
  }
}
