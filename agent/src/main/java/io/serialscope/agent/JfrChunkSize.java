package io.serialscope.agent;

import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.JMException;

/**
 * JFR's maximum chunk size, lowered when {@code maxSize=} bounds the repository. JFR drops the
 * oldest chunks beyond {@code maxSize} only when it rotates to a new chunk, by default at 12 MB, so
 * the repository holds up to {@code maxSize} plus the chunk being written. A chunk of an eighth of
 * {@code maxSize} (1 MB at least, JFR's minimum; 12 MB at most, JFR's default) keeps that excess
 * small. The setting is the JVM's, so a chunk size the user chose on the command line ({@code
 * -XX:FlightRecorderOptions:maxchunksize=...}) is left alone.
 *
 * <p>JFR's recorder thread cuts a chunk only between batches of full buffers: while an event flood
 * fills buffers as fast as the disk takes them, the chunk being written keeps growing until the
 * flood pauses (docs/reliability.md).
 */
final class JfrChunkSize {
  /** JFR's smallest allowed maximum chunk size. */
  static final long MIN_BYTES = 1L << 20;

  /** JFR's default maximum chunk size. */
  static final long JFR_DEFAULT_BYTES = 12L << 20;

  private JfrChunkSize() {}

  /**
   * The chunk size for a repository bound of {@code maxSizeBytes}: an eighth of it, within [{@link
   * #MIN_BYTES}, {@link #JFR_DEFAULT_BYTES}]; 0 (leave JFR's) when there is no bound.
   */
  static long forMaxSize(long maxSizeBytes) {
    if (maxSizeBytes <= 0) {
      return 0;
    }
    return Math.max(MIN_BYTES, Math.min(JFR_DEFAULT_BYTES, maxSizeBytes / 8));
  }

  /** Whether the JVM's arguments set JFR's maximum chunk size themselves. */
  static boolean chosenByUser(List<String> jvmArguments) {
    for (String argument : jvmArguments) {
      if (argument.startsWith("-XX:FlightRecorderOptions") && argument.contains("maxchunksize")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lowers JFR's maximum chunk size for {@code maxSizeBytes} through the {@code JFR.configure}
   * diagnostic command, before the recording starts; a failure is one line on stderr (the bound is
   * then JFR's own chunk size).
   */
  static void lowerFor(long maxSizeBytes) {
    long chunkBytes = forMaxSize(maxSizeBytes);
    if (chunkBytes == 0
        || chunkBytes >= JFR_DEFAULT_BYTES
        || chosenByUser(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
      return;
    }
    try {
      DiagnosticCommands.run("jfrConfigure", "maxchunksize=" + chunkBytes);
    } catch (JMException | RuntimeException e) {
      System.err.println(
          "serialscope: cannot lower JFR's chunk size for maxSize ("
              + e
              + "); the repository may exceed maxSize by up to one 12 MB chunk");
    }
  }
}
