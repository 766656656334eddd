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
      "Several recordings of one workload at different thread counts are a sweep: measured"
          + " speedups, Karp-Flatt serial fractions and a USL fit are added to the reports.",
      "Example: serialscope analyze serialscope-out/recording.jfr --out analysis",
      "Example: serialscope analyze t1.jfr t2.jfr t4.jfr --threads 1,2,4 --out sweep",
      "         serialscope analyze recording.jfr --what-if 'cores=32,label=Mlp.forward:2x'"
    })
final class AnalyzeCommand extends BaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "RECORDING.jfr",
      description = "The recording(s) to analyze.")
  List<Path> recordings;

  @CommandLine.Mixin OutputDirectory outDir;

  @CommandLine.Option(
      names = "--threads",
      split = ",",
      paramLabel = "N,N,…",
      description =
          "For several recordings (a thread-count sweep): the thread count of each, in order."
              + " Default: the recordings' available processors when they all differ, else the"
              + " peak number of threads that ran tasks at once.")
  List<Integer> threads;

  @CommandLine.Mixin WhatIfOptions whatIf;

  @Override
  int execute() throws UserError {
    List<WhatIfSpec> specs = whatIf.parsed();
    if (recordings.size() > 1) {
      SweepOutput.analyzeAndWrite(recordings, threads, outDir.path, out());
      return EXIT_OK;
    }
    if (threads != null) {
      throw new UserError("--threads is for several recordings of one workload (a sweep)");
    }
    AnalysisOutput.analyzeAndWrite(recordings.get(0), outDir.path, out(), specs);
    return EXIT_OK;
  }
}
