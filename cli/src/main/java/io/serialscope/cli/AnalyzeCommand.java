package io.serialscope.cli;

import io.serialscope.analyzer.graph.WhatIfSpec;
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
      "Example: serialscope analyze serialscope-out/recording.jfr --out analysis",
      "         serialscope analyze recording.jfr --what-if 'cores=32,label=Mlp.forward:2x'"
    })
final class AnalyzeCommand extends BaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "RECORDING.jfr",
      description = "The recording to analyze.")
  List<Path> recordings;

  @CommandLine.Mixin OutputDirectory outDir;

  @CommandLine.Mixin WhatIfOptions whatIf;

  @Override
  int execute() throws UserError {
    List<WhatIfSpec> specs = whatIf.parsed();
    if (recordings.size() > 1) {
      throw new UserError(
          "analyzing several recordings together (a thread-count sweep) is not available yet;"
              + " analyze them one at a time");
    }
    AnalysisOutput.analyzeAndWrite(recordings.get(0), outDir.path, out(), specs);
    return EXIT_OK;
  }
}
