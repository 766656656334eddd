package io.serialscope.cli;

import io.serialscope.analyzer.graph.WhatIfSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Profiles any Java command from start to exit. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a Java command under the agent, record until it exits, then analyze.",
      "Example: serialscope run --out out --agent-opts include=com.acme.* -- java -jar app.jar"
    })
final class RunCommand extends BaseCommand {
  @CommandLine.Mixin OutputDirectory outDir;

  @CommandLine.Mixin WhatIfOptions whatIf;

  @Option(
      names = "--agent-opts",
      paramLabel = "K=V,...",
      description = "Extra agent options, e.g. include=com.acme.model.*")
  String agentOptions;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The java command, after --.")
  List<String> command;

  @Override
  int execute() throws UserError {
    List<WhatIfSpec> specs = whatIf.parsed(); // before the run: a typo must not cost a recording
    if (command == null || command.isEmpty()) {
      throw new UserError(
          "no command to run: put it after --, e.g. serialscope run -- java -jar app.jar");
    }
    ProfiledRun.Result result = ProfiledRun.run(command, outDir.path, agentOptions);
    return finish(result, outDir.path, this, specs);
  }

  /**
   * Analyzes what was recorded even when the program failed, and says so. A JVM that was killed
   * (SIGKILL, the OOM killer) never writes its recording; what it had flushed to its JFR repository
   * is salvaged instead.
   */
  static int finish(ProfiledRun.Result result, Path outDir, BaseCommand cmd) throws UserError {
    return finish(result, outDir, cmd, List.of());
  }

  /** {@link #finish(ProfiledRun.Result, Path, BaseCommand)} with the user's what-if scenarios. */
  static int finish(
      ProfiledRun.Result result, Path outDir, BaseCommand cmd, List<WhatIfSpec> whatIfSpecs)
      throws UserError {
    Path input = result.recording();
    boolean salvaged = false;
    if (!hasData(input) && hasData(result.repository())) {
      input = result.repository();
      salvaged = true;
    }
    if (!Files.exists(input)) {
      throw new UserError(
          "the program exited with code "
              + result.exitCode()
              + " and left no recording (did it start a JVM with the agent?)");
    }
    AnalysisOutput.analyzeAndWrite(input, outDir, cmd.out(), whatIfSpecs);
    if (!salvaged) {
      try {
        ProfiledRun.deleteRecursively(result.repository()); // JFR's leftovers, already joined
      } catch (IOException e) {
        // only tidiness: the reports are written
      }
    }
    if (result.exitCode() != 0 || salvaged) {
      cmd.err()
          .println(
              "serialscope: the program exited with code "
                  + result.exitCode()
                  + (salvaged
                      ? " before writing its recording; the reports cover what was salvaged from "
                          + input
                      : "; the reports cover what was recorded until then"));
      return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
  }

  private static boolean hasData(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          return files.anyMatch(p -> p.toString().endsWith(".jfr") && p.toFile().length() > 0);
        }
      }
      return Files.isRegularFile(path) && Files.size(path) > 0;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
