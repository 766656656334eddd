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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes {@code report.html}: one self-contained page that opens from disk with no network. The
 * charting library (ECharts) and all styles are inlined; the numbers the charts need are embedded
 * once, as the compact {@link JsonReport} document escaped for a script context, in a {@code
 * <script type="application/json" id="report-data">} block that the page's script reads. Headline,
 * advice and tables are static HTML, readable without JavaScript.
 *
 * <p>Recorded text (thread names, labels, frames) is never markup: the template escapes it in HTML,
 * the data block escapes it for a script context, and the page script hands it to ECharts' canvas
 * text or {@code textContent} only. A Content-Security-Policy allows exactly the page's own inline
 * script and style (by SHA-256 hash) and nothing else: no other script, no request of any kind.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "report.html";

  /** Critical-path segments listed in the page (and embedded in its data). */
  public static final int MAX_SEGMENT_ROWS = 200;

  private static final String RESOURCES = "io/serialscope/reports/";
  private static final DefaultMustacheFactory TEMPLATES =
      new DefaultMustacheFactory(RESOURCES) {
        @Override
        public void encode(String value, Writer writer) {
          super.encode(HtmlText.clean(value), writer);
        }
      };

  private HtmlReport() {}

  /** Writes the page, UTF-8, to {@code file} (replacing it). */
  public static void write(Analysis analysis, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(analysis, out);
    }
  }

  /** Writes the page to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, Writer out) throws IOException {
    write(analysis, out, g -> {});
  }

  /** {@link #write(Analysis, Path)} with {@code extra} fields in the embedded data. */
  static void write(Analysis analysis, Path file, JsonReport.ExtraFields extra) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(analysis, out, extra);
    }
  }

  static void write(Analysis analysis, Writer out, JsonReport.ExtraFields extra)
      throws IOException {
    String data =
        ScriptText.json(
            JsonReport.compact(
                analysis,
                MAX_SEGMENT_ROWS,
                g -> {
                  HtmlPageData.write(g, analysis);
                  extra.write(g);
                }));
    String css = resource("report.css");
    String pageScript = ScriptText.javaScript(resource("report.js"));
    String echarts = EchartsScript.source();
    Object view =
        HtmlReportView.of(
            analysis,
            data,
            css,
            echarts,
            pageScript,
            contentSecurityPolicy(css, echarts, pageScript));
    Mustache page = TEMPLATES.compile("report.html.mustache");
    page.execute(out, view);
    out.flush();
  }

  /** Writes the page, UTF-8, to {@code out}; flushes but does not close it. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(analysis, writer);
  }

  /**
   * The page's policy: nothing may load or connect; the two inline scripts and the inline style run
   * only because their exact text hashes to what is listed.
   */
  static String contentSecurityPolicy(String css, String echarts, String pageScript) {
    return "default-src 'none'; script-src "
        + hash(echarts)
        + " "
        + hash(pageScript)
        + "; style-src "
        + hash(css)
        + "; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
  }

  /** The CSP source expression of an inline element's exact text. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
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
