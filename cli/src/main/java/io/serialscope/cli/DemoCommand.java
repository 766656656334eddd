package io.serialscope.cli;

import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.samples.SampleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Profiles one of the bundled sample workloads. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run a bundled sample workload under the agent and analyze it.",
      "Example: serialscope demo            (the training loop)",
      "         serialscope demo --list"
    })
final class DemoCommand extends BaseCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "The sample (default: training-loop).")
  String name;

  @Option(names = "--list", description = "List the samples, one per line, with a description.")
  boolean list;

  @CommandLine.Mixin OutputDirectory outDir;

  @CommandLine.Mixin WhatIfOptions whatIf;

  @Override
  int execute() throws UserError {
    if (list) {
      for (SampleCatalog.Sample s : SampleCatalog.all()) {
        out().printf("%-16s %s%n", s.name(), s.description());
      }
      return EXIT_OK;
    }
    List<WhatIfSpec> specs = whatIf.parsed(); // before the run: a typo must not cost a recording
    String wanted = name == null ? "training-loop" : name;
    SampleCatalog.Sample sample =
        SampleCatalog.find(wanted)
            .orElseThrow(
                () ->
                    new UserError(
                        "no sample named '" + wanted + "' (see serialscope demo --list)"));
    Path samplesJar = EmbeddedJars.extract(EmbeddedJars.SAMPLES);
    List<String> command = new ArrayList<>();
    command.add(ProfiledRun.currentJava());
    command.add("-cp");
    command.add(samplesJar.toString());
    command.add(sample.mainClass());
    command.addAll(sample.defaultArgs());
    String include = sample.includePattern() == null ? null : "include=" + sample.includePattern();
    out().println("serialscope: profiling sample '" + sample.name() + "': " + sample.description());
    out().flush();
    ProfiledRun.Result result = ProfiledRun.run(command, outDir.path, include);
    return RunCommand.finish(result, outDir.path, this, specs);
  }
}
