package io.serialscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a Java command with the agent attached from the start and waits for it. The agent option
 * goes right after the {@code java} executable; for any other launcher (a script that starts java)
 * it travels in {@code JAVA_TOOL_OPTIONS}.
 */
final class ProfiledRun {
  private ProfiledRun() {}

  /** What the run left behind. */
  record Result(int exitCode, Path recording) {}

  static Result run(List<String> command, Path outDir, String agentOptions)
      throws BaseCommand.UserError {
    Path agent = EmbeddedJars.extract(EmbeddedJars.AGENT);
    Path recording = outDir.toAbsolutePath().resolve("recording.jfr");
    try {
      Files.createDirectories(outDir);
      Files.deleteIfExists(recording);
    } catch (IOException e) {
      throw new BaseCommand.UserError("cannot prepare " + outDir + ": " + e.getMessage(), e);
    }
    String options =
        "output="
            + recording
            + (agentOptions == null || agentOptions.isBlank() ? "" : "," + agentOptions);
    String agentFlag = "-javaagent:" + agent + "=" + options;
    List<String> full = new ArrayList<>(command);
    ProcessBuilder pb = new ProcessBuilder();
    if (isJavaLauncher(command.get(0))) {
      full.add(1, agentFlag);
    } else {
      Map<String, String> env = pb.environment();
      String existing = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
      env.put("JAVA_TOOL_OPTIONS", (existing + " " + agentFlag).trim());
    }
    pb.command(full).inheritIO();
    try {
      Process p = pb.start();
      int code = p.waitFor();
      return new Result(code, recording);
    } catch (IOException e) {
      throw new BaseCommand.UserError(
          "cannot start '" + command.get(0) + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaseCommand.UserError("interrupted while waiting for the program", e);
    }
  }

  static boolean isJavaLauncher(String executable) {
    String name = Path.of(executable).getFileName().toString();
    return name.equals("java") || name.equals("java.exe");
  }

  /** The java executable of the JVM running serialscope, for samples and tests. */
  static String currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
