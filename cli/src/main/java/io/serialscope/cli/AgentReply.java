package io.serialscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the agent inside the target answered to one attach command (see the agent's {@code
 * AttachSession}): its state and, while or after recording, where the recording goes.
 *
 * @param state {@code recording}, {@code stopped}, {@code idle} or {@code error}
 * @param output the recording file in the target, or null
 * @param since when the recording started (ISO-8601), or null
 * @param alreadyRecording a start found a session running (and left it alone)
 * @param message the agent's explanation of an error, or null
 */
record AgentReply(
    String state, Path output, String since, boolean alreadyRecording, String message) {
  boolean is(String wanted) {
    return wanted.equals(state);
  }

  /** Reads the reply file; null when the agent wrote nothing (it did not start). */
  static AgentReply read(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return null;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    String output = p.getProperty("output");
    return new AgentReply(
        p.getProperty("state", "error"),
        output == null ? null : Path.of(output),
        p.getProperty("since"),
        Boolean.parseBoolean(p.getProperty("already")),
        p.getProperty("message"));
  }
}
