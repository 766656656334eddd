package io.serialscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code serialscope} command and its subcommands. */
@Command(
    name = "serialscope",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "How much of a JVM workload is inherently serial, and which hardware change would make it"
          + " faster."
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      AttachCommand.class,
      ListCommand.class,
      AnalyzeCommand.class,
      AgentCommand.class,
      GateCommand.class,
      CompareCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SerialscopeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** A command line with serialscope's error handling: one line on stderr and exit code 2. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new SerialscopeCommand());
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println("serialscope: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'serialscope " + commandPath(ex.getCommandLine()) + "--help'.");
          return BaseCommand.EXIT_BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean verbose =
              parseResult.hasMatchedOption("--verbose")
                  || parseResult.subcommands().stream()
                      .anyMatch(p -> p.hasMatchedOption("--verbose"));
          commandLine.getErr().println("serialscope: internal error: " + ex);
          if (verbose) {
            ex.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("Run again with --verbose for the stack trace.");
          }
          return BaseCommand.EXIT_BAD_INPUT;
        });
    return cl;
  }

  private static String commandPath(CommandLine cl) {
    String name = cl.getCommandName();
    return "serialscope".equals(name) ? "" : name + " ";
  }
}
