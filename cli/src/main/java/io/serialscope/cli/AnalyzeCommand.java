package io.serialscope.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Offline analysis of a recording. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze a recording offline and write report.json, report.html and trace.json.",
      "Example: serialscope analyze serialscope-out/recording.jfr --out analysis"
    })
final class AnalyzeCommand extends BaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "RECORDING.jfr",
      description = "The recording to analyze.")
  List<Path> recordings;

  @CommandLine.Mixin OutputDirectory outDir;

  @Override
  int execute() throws UserError {
    if (recordings.size() > 1) {
      throw new UserError(
          "analyzing several recordings together (a thread-count sweep) is not available yet;"
              + " analyze them one at a time");
    }
    AnalysisOutput.analyzeAndWrite(recordings.get(0), outDir.path, out());
    return EXIT_OK;
  }
}
