package io.serialscope.reports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file only once its new content is complete: the content goes to a temporary file in
 * the same directory, which is then moved over the target in one step. A crash or a failed write
 * leaves the old file (or none), never half of a new one that a CI step would read.
 */
final class AtomicFile {
  /** Writes the content of one file. */
  @FunctionalInterface
  interface ContentWriter {
    void writeTo(Path file) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, ContentWriter content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
    try {
      content.writeTo(temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
