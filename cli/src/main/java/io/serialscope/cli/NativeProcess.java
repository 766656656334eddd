package io.serialscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the operating system tells about a process, where it can tell (Linux's /proc). */
final class NativeProcess {
  private NativeProcess() {}

  /**
   * True only when the process's memory map is readable and holds no JVM library. A JVM that jps
   * cannot list (started with -XX:-UsePerfData, or another temporary folder) still maps libjvm; on
   * systems without /proc the answer is false and attaching decides.
   */
  static boolean isCertainlyNotJvm(long pid) {
    Path maps = Path.of("/proc", Long.toString(pid), "maps");
    if (!Files.isReadable(maps)) {
      return false;
    }
    try (Stream<String> lines = Files.lines(maps)) {
      return lines.noneMatch(line -> line.contains("libjvm"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
