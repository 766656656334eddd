package io.serialscope.cli;

import io.serialscope.analyzer.graph.WhatIfSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The repeatable {@code --what-if SPEC} option of every command that analyzes. */
final class WhatIfOptions {
  @Option(
      names = "--what-if",
      paramLabel = "SPEC",
      description = {
        "A scenario to predict besides the built-in ones; repeatable. Terms, comma-separated:",
        "cores=32 | cores=2x | cores=unlimited, cpu=1.5x, gpu=2x, copy=2x,",
        "label=Mlp.forward:2x, lock=ID. Example: --what-if 'cores=32,label=Mlp.forward:2x'"
      })
  List<String> specs = new ArrayList<>();

  /** The parsed specs; a malformed one is a {@link BaseCommand.UserError} naming what is wrong. */
  List<WhatIfSpec> parsed() throws BaseCommand.UserError {
    List<WhatIfSpec> parsed = new ArrayList<>();
    for (String spec : specs) {
      try {
        parsed.add(WhatIfSpec.parse(spec));
      } catch (IllegalArgumentException e) {
        throw new BaseCommand.UserError(e.getMessage(), e);
      }
    }
    return List.copyOf(parsed);
  }
}
