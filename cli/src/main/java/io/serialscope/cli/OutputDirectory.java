package io.serialscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option every recording or analyzing command shares. */
final class OutputDirectory {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "serialscope-out",
      description = "Where to write the recording and the reports (default: ${DEFAULT-VALUE}).")
  Path path;
}
