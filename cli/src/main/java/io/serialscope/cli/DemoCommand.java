package io.serialscope.cli;

import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.samples.SampleCatalog;
import java.io.File;
import java.nio.file.Files;
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
      "         serialscope demo --list",
      "         serialscope demo contended-model-update -- --mode=hogwild"
    })
final class DemoCommand extends BaseCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The sample (default: training-loop).")
  String name;

  @Parameters(
      index = "1..*",
      paramLabel = "ARG",
      description =
          "Arguments for the sample after '--', e.g. -- --batch=32 (see samples/README.md).")
  List<String> sampleArgs = new ArrayList<>();

  @Option(names = "--list", description = "List the samples, one per line, with a description.")
  boolean list;

  @CommandLine.Mixin OutputDirectory outDir;

  @CommandLine.Mixin WhatIfOptions whatIf;

  @Override
  int execute() throws UserError {
    if (list) {
      int width = SampleCatalog.all().stream().mapToInt(s -> s.name().length()).max().orElse(0);
      for (SampleCatalog.Sample s : SampleCatalog.all()) {
        out().printf("%-" + width + "s  %s%n", s.name(), s.description());
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
    StringBuilder classPath = new StringBuilder(samplesJar.toString());
    for (Path jar : libraryJars(sample)) {
      classPath.append(File.pathSeparator).append(jar);
    }
    List<String> command = new ArrayList<>();
    command.add(ProfiledRun.currentJava());
    command.add("-cp");
    command.add(classPath.toString());
    command.add(sample.mainClass());
    command.addAll(sample.defaultArgs());
    command.addAll(sampleArgs);
    String include = sample.includePattern() == null ? null : "include=" + sample.includePattern();
    out().println("serialscope: profiling sample '" + sample.name() + "': " + sample.description());
    out().flush();
    ProfiledRun.Result result = ProfiledRun.run(command, outDir.path, include);
    return RunCommand.finish(result, outDir.path, this, specs);
  }

  /**
   * Third-party jars a sample runs with that the CLI does not carry (the real-library sample's
   * Smile, which is GPL-3.0): they must still be where the build found them.
   */
  private static List<Path> libraryJars(SampleCatalog.Sample sample) throws UserError {
    List<Path> jars;
    try {
      jars = SampleCatalog.libraryJars(sample);
    } catch (IllegalStateException e) {
      throw new UserError("sample '" + sample.name() + "': " + e.getMessage(), e);
    }
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new UserError(
            "sample '"
                + sample.name()
                + "' needs "
                + jar.getFileName()
                + ", which serialscope does not carry, in the local Maven repository (missing: "
                + jar
                + "); 'mvn -B package' from the repository root downloads it");
      }
    }
    return jars;
  }
}
