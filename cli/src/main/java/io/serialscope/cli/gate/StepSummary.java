package io.serialscope.cli.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends to GitHub Actions' job summary file ({@code $GITHUB_STEP_SUMMARY}). GitHub refuses a
 * step's summary above 1 MiB, so the file is kept below {@value #LIMIT_BYTES} bytes: text that
 * would cross the limit is cut at a line and ends with a note saying so.
 */
public final class StepSummary {
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";
  public static final long LIMIT_BYTES = 1_000_000;
  static final String CUT_NOTE = "\n_(serialscope: summary cut to stay under 1 MB)_\n";

  private StepSummary() {}

  /**
   * Appends {@code markdown} to {@code file}; returns false when nothing fitted.
   *
   * @throws IOException when the file cannot be written
   */
  public static boolean append(Path file, String markdown) throws IOException {
    long used = Files.exists(file) ? Files.size(file) : 0;
    byte[] text = markdown.getBytes(StandardCharsets.UTF_8);
    long room = LIMIT_BYTES - used;
    if (text.length > room) {
      text = cut(markdown, room - CUT_NOTE.getBytes(StandardCharsets.UTF_8).length);
      if (text == null) {
        return false;
      }
    }
    Files.write(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return true;
  }

  /** The longest prefix of whole lines within {@code maxBytes}, plus the note; null if none. */
  private static byte[] cut(String markdown, long maxBytes) {
    StringBuilder kept = new StringBuilder();
    long bytes = 0;
    for (String line : markdown.split("\n", -1)) {
      long lineBytes = (line + "\n").getBytes(StandardCharsets.UTF_8).length;
      if (bytes + lineBytes > maxBytes) {
        break;
      }
      kept.append(line).append('\n');
      bytes += lineBytes;
    }
    if (kept.length() == 0) {
      return null;
    }
    return (kept + CUT_NOTE).getBytes(StandardCharsets.UTF_8);
  }
}
