package io.serialscope.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.serialscope.analyzer.Analysis;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code report.html}: one self-contained page that opens from disk with no network. The
 * charting library (ECharts) and all styles are inlined; the numbers the charts need are embedded
 * once, as the compact {@link JsonReport} document escaped for a script context, in a {@code
 * <script type="application/json" id="report-data">} block that the page's script reads. Headline,
 * advice and tables are static HTML, readable without JavaScript.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "report.html";

  /** Critical-path segments listed in the page (and embedded in its data). */
  public static final int MAX_SEGMENT_ROWS = 200;

  private static final String RESOURCES = "io/serialscope/reports/";
  private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory(RESOURCES);

  private HtmlReport() {}

  /** Writes the page, UTF-8, to {@code file} (replacing it). */
  public static void write(Analysis analysis, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(analysis, out);
    }
  }

  /** Writes the page to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, Writer out) throws IOException {
    String data = ScriptText.json(JsonReport.compact(analysis, MAX_SEGMENT_ROWS));
    Object view =
        HtmlReportView.of(
            analysis,
            data,
            resource("report.css"),
            EchartsScript.source(),
            ScriptText.javaScript(resource("report.js")));
    Mustache page = TEMPLATES.compile("report.html.mustache");
    page.execute(out, view);
    out.flush();
  }

  /** Writes the page, UTF-8, to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(analysis, writer);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/" + RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
