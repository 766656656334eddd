package io.serialscope.agent;

import java.nio.file.Path;

/**
 * What one {@code loadAgent} call into a running JVM asks for. The attach options are the agent's
 * options plus two of their own, taken out here so that {@link AgentOptions} stays as it is: {@code
 * command=start|stop|status} (default {@code start}) and {@code reply=FILE}, where the agent writes
 * its answer for the {@code serialscope attach} command waiting on the other side.
 *
 * @param command what to do
 * @param reply where to write the answer, or null (then problems go to stderr only)
 * @param agentOptionText the remaining options, for {@link AgentOptions#parse}
 * @param problem why the request cannot be served, or null
 */
record AttachRequest(Command command, Path reply, String agentOptionText, String problem) {
  enum Command {
    START,
    STOP,
    STATUS
  }

  /** Never throws: a bad command is reported through {@link #problem}. */
  static AttachRequest parse(String text) {
    Command command = Command.START;
    Path reply = null;
    String problem = null;
    StringBuilder rest = new StringBuilder();
    if (text != null) {
      for (String pair : text.split(",")) {
        String trimmed = pair.trim();
        if (trimmed.startsWith("command=")) {
          String value = trimmed.substring("command=".length()).trim();
          switch (value) {
            case "start" -> command = Command.START;
            case "stop" -> command = Command.STOP;
            case "status" -> command = Command.STATUS;
            default -> problem = "unknown command '" + value + "' (known: start, stop, status)";
          }
        } else if (trimmed.startsWith("reply=")) {
          reply = Path.of(trimmed.substring("reply=".length()).trim());
        } else if (!trimmed.isEmpty()) {
          rest.append(rest.length() == 0 ? "" : ",").append(trimmed);
        }
      }
    }
    return new AttachRequest(command, reply, rest.toString(), problem);
  }
}
