package io.serialscope.cli;

import io.serialscope.cli.gate.CheckResult;
import io.serialscope.cli.gate.DurationText;
import io.serialscope.cli.gate.GateConfigFile;
import io.serialscope.cli.gate.GateEvaluation;
import io.serialscope.cli.gate.GateMarkdown;
import io.serialscope.cli.gate.GateThresholds;
import io.serialscope.cli.gate.JUnitReport;
import io.serialscope.cli.gate.StepSummary;
import io.serialscope.cli.headline.Headline;
import io.serialscope.cli.headline.HeadlineLoader;
import io.serialscope.cli.headline.InputException;
import io.serialscope.cli.headline.MedianHeadline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Fails a build (exit 1) when the serial fraction, parallelism, speedup or span is off limits. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = {
      "Check an analysis against thresholds and a baseline; exit 0 pass, 1 a threshold failed,"
          + " 2 bad input. Several inputs are runs of one build, combined by median.",
      "Thresholds come from --config FILE, else ./serialscope-gate.json or .yaml if present;"
          + " flags override the file.",
      "Example: serialscope gate out/report.json --max-serial-fraction 0.3 --min-speedup 4=2.5"
          + " --baseline main/report.json --max-regression 10 --junit gate.xml"
    })
final class GateCommand extends BaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "RECORDING.jfr|report.json",
      description = "The current runs: recordings or report.json files.")
  List<Path> inputs;

  @Option(names = "--config", paramLabel = "FILE", description = "Threshold file (JSON or YAML).")
  Path config;

  @Option(names = "--max-serial-fraction", paramLabel = "S", description = "e.g. 0.3 for 30 %%.")
  Double maxSerialFraction;

  @Option(names = "--min-parallelism", paramLabel = "X", description = "Least T1/T∞.")
  Double minParallelism;

  @Option(
      names = "--min-speedup",
      paramLabel = "P=X",
      description = "Least predicted speedup on P processors; repeatable.")
  Map<Integer, Double> minSpeedup = new TreeMap<>();

  @Option(names = "--max-span", paramLabel = "DURATION", description = "e.g. 1.5s, 800ms.")
  String maxSpan;

  @Option(names = "--baseline", paramLabel = "REPORT", description = "report.json or recording.")
  Path baseline;

  @Option(
      names = "--max-regression",
      paramLabel = "PCT",
      description =
          "Allowed growth of span, work and serial fraction over the baseline, percent"
              + " (default 10).")
  String maxRegression;

  @Option(
      names = "--noise",
      paramLabel = "PCT",
      description =
          "Extra tolerance for regressions, percent (default: each metric's spread across the"
              + " inputs, (max-min)/median).")
  String noise;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write Ant-style JUnit XML.")
  Path junit;

  /** Test seams: the environment (for $GITHUB_STEP_SUMMARY) and where default files are found. */
  Function<String, String> environment = System::getenv;

  Path workingDirectory = Path.of("");

  @Override
  int execute() throws UserError {
    try {
      GateThresholds thresholds = thresholds();
      Headline base = baseline(thresholds.baseline());
      List<Headline> runs = new ArrayList<>();
      for (Path input : inputs) {
        runs.add(HeadlineLoader.load(input));
      }
      List<CheckResult> results =
          GateEvaluation.evaluate(thresholds, MedianHeadline.of(runs), base);
      report(results, thresholds);
      return results.stream().allMatch(CheckResult::passed) ? EXIT_OK : EXIT_GATE_FAILED;
    } catch (InputException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private GateThresholds thresholds() throws InputException {
    Path file = config != null ? config : GateConfigFile.findIn(workingDirectory);
    if (config != null && !java.nio.file.Files.isRegularFile(config)) {
      throw new InputException("no such threshold file: " + config);
    }
    GateThresholds fromFile = file == null ? GateThresholds.NONE : GateConfigFile.read(file);
    GateThresholds flags =
        new GateThresholds(
            maxSerialFraction,
            minParallelism,
            new TreeMap<>(minSpeedup),
            maxSpan == null ? null : DurationText.parseNanos(maxSpan),
            baseline,
            percent(maxRegression, "--max-regression"),
            percent(noise, "--noise"));
    GateThresholds merged = fromFile.overriddenBy(flags).validated();
    if (merged.isEmpty()) {
      throw new InputException(
          "no thresholds to check: give one (e.g. --max-serial-fraction 0.3 or --baseline"
              + " report.json) or a serialscope-gate.json");
    }
    return merged;
  }

  private static Headline baseline(Path file) throws InputException {
    if (file == null) {
      return null;
    }
    try {
      return HeadlineLoader.load(file);
    } catch (InputException e) {
      throw new InputException("baseline unusable: " + e.getMessage(), e);
    }
  }

  private void report(List<CheckResult> results, GateThresholds t) throws InputException {
    List<String> names = inputs.stream().map(Path::toString).toList();
    String baselineName = t.baseline() == null ? null : t.baseline().toString();
    String markdown = GateMarkdown.render(results, names, baselineName);
    out().print(markdown);
    out().flush();
    String summaryFile = environment.apply(StepSummary.VARIABLE);
    try {
      if (summaryFile != null && !summaryFile.isBlank()) {
        if (!StepSummary.append(Path.of(summaryFile), markdown)) {
          err().println("serialscope: warning: $" + StepSummary.VARIABLE + " is full (1 MB)");
        }
      }
      if (junit != null) {
        JUnitReport.write(results, junit);
      }
    } catch (IOException e) {
      throw new InputException("cannot write gate results: " + e.getMessage(), e);
    }
  }

  /** "10", "10%" or "10 %" → 10.0; null stays null. */
  static Double percent(String text, String option) throws InputException {
    if (text == null) {
      return null;
    }
    String number = text.trim().replaceFirst("\\s*%$", "");
    try {
      return Double.valueOf(number);
    } catch (NumberFormatException e) {
      throw new InputException(
          option + " takes a percentage such as 10 or 10%, not '" + text + "'");
    }
  }
}
