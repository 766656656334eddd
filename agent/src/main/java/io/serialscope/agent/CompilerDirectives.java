package io.serialscope.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;

/**
 * The compiler directives the agent gives HotSpot (JEP 165, through the {@code
 * Compiler.directives_add} diagnostic command, as {@code jcmd PID Compiler.directives_add} would):
 * code compiled by C1 only, for the reasons {@link EventWriterCompilation} and {@link
 * StartupCodeCompilation} give, and, with the event writers, no method inlining them.
 *
 * <p>Added as one entry of the JIT's directive stack, whose first matching directive wins: the
 * C1-only block first, then the block for every other method; again only when a later start asks
 * for more (see {@link #add}). A JVM that refuses them (not HotSpot, or no DiagnosticCommand MBean)
 * keeps its own compilation, which changes only the agent's cost.
 */
final class CompilerDirectives {
  /** The parts this JVM has been asked for so far, and what it answered the last time. */
  private static final Parts ADDED = new Parts();

  private CompilerDirectives() {}

  /**
   * The directives for the chosen parts, or null when none is chosen.
   *
   * @param eventWriters the writers of JFR events: C1 only, inlined nowhere
   * @param startupCode the class writers and Byte Buddy: C1 only
   */
  static String json(boolean eventWriters, boolean startupCode) {
    List<String> c1Only = new ArrayList<>();
    if (eventWriters) {
      c1Only.addAll(EventWriterCompilation.PATTERNS);
    }
    if (startupCode) {
      c1Only.addAll(StartupCodeCompilation.PATTERNS);
    }
    if (c1Only.isEmpty()) {
      return null;
    }
    StringBuilder json = new StringBuilder("[\n");
    json.append("  { match: ").append(quoted(c1Only, "")).append(", c2: { Exclude: true } }");
    if (eventWriters) {
      json.append(",\n  { match: [\"*.*\"], inline: ")
          .append(quoted(EventWriterCompilation.PATTERNS, "-"))
          .append(" }");
    }
    return json.append("\n]\n").toString();
  }

  private static String quoted(List<String> patterns, String prefix) {
    List<String> parts = new ArrayList<>();
    for (String pattern : patterns) {
      parts.add("\"" + prefix + pattern + "\"");
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /**
   * Adds the directives for the chosen parts to this JVM. A part already added is not added again;
   * a later call that asks for a part not added yet (an attach session with other options) adds the
   * directives of all parts asked for so far as one new entry, which then matches first.
   *
   * @return null when the directives are in place (or none was chosen), otherwise why not (one
   *     line)
   */
  static synchronized String add(boolean eventWriters, boolean startupCode) {
    String json = ADDED.jsonToAdd(eventWriters, startupCode);
    if (json != null) {
      ADDED.answered(addToJvm(json));
    }
    return ADDED.refusal;
  }

  /**
   * Which parts were asked for, and whether the JVM took them: an entry of the directive stack is
   * never changed, so more parts mean a new entry with all of them (one with the event writers'
   * "every method" block alone would match the start-up code first and undo its C1-only block).
   */
  static final class Parts {
    private boolean eventWriters;
    private boolean startupCode;
    private boolean tried;
    private String refusal;

    /** The directives to add for this request, or null when nothing new is asked for. */
    String jsonToAdd(boolean wantEventWriters, boolean wantStartupCode) {
      boolean events = eventWriters || wantEventWriters;
      boolean startup = startupCode || wantStartupCode;
      if (tried && events == eventWriters && startup == startupCode) {
        return null;
      }
      String json = json(events, startup);
      if (json != null) {
        eventWriters = events;
        startupCode = startup;
        tried = true;
      }
      return json;
    }

    void answered(String why) {
      refusal = why;
    }
  }

  private static String addToJvm(String json) {
    Path file = null;
    try {
      file = Files.createTempFile("serialscope-jit-", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      String printed = DiagnosticCommands.run("compilerDirectivesAdd", file.toString());
      return printed.contains("added") ? null : printed.strip().replace('\n', ' ');
    } catch (IOException | JMException | RuntimeException e) {
      return String.valueOf(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a few hundred bytes left in the temporary directory
        }
      }
    }
  }
}
