package io.serialscope.cli;

import io.serialscope.cli.headline.Comparison;
import io.serialscope.cli.headline.Headline;
import io.serialscope.cli.headline.HeadlineLoader;
import io.serialscope.cli.headline.InputException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Two analyses side by side: headline numbers with changes, critical-path labels that moved. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two analyses (recordings or report.json files): work, span, parallelism, serial"
          + " fraction and S(p) side by side, and the critical-path labels that grew or shrank.",
      "Example: serialscope compare main/report.json branch/report.json --json"
    })
final class CompareCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "BASE", description = "recording or report.json")
  Path base;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "recording or report.json")
  Path current;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  int execute() throws UserError {
    Headline before;
    Headline after;
    try {
      before = HeadlineLoader.load(base);
      after = HeadlineLoader.load(current);
    } catch (InputException e) {
      throw new UserError(e.getMessage(), e);
    }
    Comparison comparison = Comparison.of(before, after);
    if (json) {
      try {
        out().print(ComparisonText.json(comparison));
        out().flush();
      } catch (IOException e) {
        throw new UserError("cannot write JSON: " + e.getMessage(), e);
      }
    } else {
      ComparisonText.text(comparison, out());
    }
    return EXIT_OK;
  }
}
