package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every file report of an analysis into one directory. */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Creates {@code outDir} (and its parents) when needed and writes {@value JsonReport#FILE_NAME},
   * {@value HtmlReport#FILE_NAME} and {@value TraceReport#FILE_NAME} into it, replacing files of
   * those names.
   *
   * @throws IOException when the directory cannot be created or a file cannot be written
   */
  public static void writeAll(Analysis analysis, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    JsonReport.write(analysis, outDir.resolve(JsonReport.FILE_NAME));
    HtmlReport.write(analysis, outDir.resolve(HtmlReport.FILE_NAME));
    TraceReport.write(analysis, outDir.resolve(TraceReport.FILE_NAME));
  }
}
