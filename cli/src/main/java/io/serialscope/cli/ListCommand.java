package io.serialscope.cli;

import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;

/** The local JVMs one can attach to. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the running JVMs of this user: pid and main class (or jar), one per line.",
      "Example: serialscope list"
    })
final class ListCommand extends BaseCommand {
  @Override
  int execute() throws UserError {
    AttachApi.require();
    String self = Long.toString(ProcessHandle.current().pid());
    List<TargetJvm.Listed> jvms =
        TargetJvm.list().stream()
            .filter(d -> !d.id().equals(self))
            .sorted(Comparator.comparingLong(d -> parsePid(d.id())))
            .toList();
    for (TargetJvm.Listed d : jvms) {
      out().printf("%-8s %s%n", d.id(), mainClass(d.displayName()));
    }
    if (jvms.isEmpty()) {
      err().println("serialscope: no other running JVM found");
    }
    out().flush();
    return EXIT_OK;
  }

  /** The display name is the main class (or jar) and its arguments; the arguments may be long. */
  static String mainClass(String displayName) {
    String trimmed = displayName == null ? "" : displayName.trim();
    if (trimmed.isEmpty()) {
      return "(unknown main class)";
    }
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  private static long parsePid(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
