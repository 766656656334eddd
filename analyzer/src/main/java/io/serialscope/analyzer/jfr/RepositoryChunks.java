package io.serialscope.analyzer.jfr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The chunk files of a JFR repository. JFR writes a recording to disk as chunk files in a
 * repository directory ({@code <repository>/<date>_<pid>/<date>.jfr}) and only joins them into the
 * recording file when the JVM exits normally; a JVM that was killed leaves only the chunks, the
 * last one unfinished. Its completed parts can still be read.
 */
final class RepositoryChunks {
  private RepositoryChunks() {}

  /** The {@code .jfr} files in {@code dir} and in its sub-directories, in name (= time) order. */
  static List<Path> find(Path dir) throws RecordingException {
    List<Path> chunks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      files
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jfr"))
          .sorted()
          .forEach(chunks::add);
    } catch (IOException | RuntimeException e) {
      throw new RecordingException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (chunks.isEmpty()) {
      throw new RecordingException(
          dir
              + " is a directory without JFR chunk files: give a .jfr recording or a JFR repository");
    }
    return chunks;
  }
}
