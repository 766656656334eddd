package io.serialscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every subcommand shares: exit codes, writers that tests can capture, and turning a {@link
 * UserError} into one line on stderr with exit code 2.
 */
abstract class BaseCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_GATE_FAILED = 1;
  static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", description = "Print stack traces and more detail on errors.")
  boolean verbose;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (UserError e) {
      err().println("serialscope: " + e.getMessage());
      if (verbose && e.getCause() != null) {
        e.getCause().printStackTrace(err());
      }
      return EXIT_BAD_INPUT;
    }
  }

  abstract int execute() throws UserError;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Bad input or a failed precondition, told to the user in one sentence. */
  static final class UserError extends Exception {
    UserError(String message) {
      super(message);
    }

    UserError(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
