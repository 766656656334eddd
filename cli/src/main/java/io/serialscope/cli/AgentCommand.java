package io.serialscope.cli;

import picocli.CommandLine.Command;

/** Prints the agent jar's path, for {@code java -javaagent:$(serialscope agent)=…}. */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    description = {
      "Print the absolute path of the agent jar.",
      "Use it as: java -javaagent:$(./serialscope agent)=output=rec.jfr,include=com.acme.* -jar app.jar"
    })
final class AgentCommand extends BaseCommand {
  @Override
  int execute() throws UserError {
    out().println(EmbeddedJars.extract(EmbeddedJars.AGENT));
    return EXIT_OK;
  }
}
