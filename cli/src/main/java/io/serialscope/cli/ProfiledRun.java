package io.serialscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a Java command with the agent attached from the start and waits for it. The agent option
 * goes right after the {@code java} executable; for any other launcher (a script that starts java)
 * it travels in {@code JAVA_TOOL_OPTIONS}.
 */
final class ProfiledRun {
  private ProfiledRun() {}

  /**
   * What the run left behind: the recording, and the JFR repository its chunks were written to
   * before being joined into it (all that is left when the JVM is killed).
   */
  record Result(int exitCode, Path recording, Path repository) {}

  static Result run(List<String> command, Path outDir, String agentOptions)
      throws BaseCommand.UserError {
    Path agent = EmbeddedJars.extract(EmbeddedJars.AGENT);
    Path recording = outDir.toAbsolutePath().resolve("recording.jfr");
    Path repository = outDir.toAbsolutePath().resolve("jfr-repository");
    try {
      Files.createDirectories(outDir);
      Files.deleteIfExists(recording);
      deleteRecursively(repository);
    } catch (IOException e) {
      throw new BaseCommand.UserError("cannot prepare " + outDir + ": " + e.getMessage(), e);
    }
    String options =
        "output="
            + recording
            + (agentOptions == null || agentOptions.isBlank() ? "" : "," + agentOptions);
    String agentFlag = "-javaagent:" + agent + "=" + options;
    // JFR keeps its chunks here until the JVM exits; a JVM killed before then leaves only these
    String repositoryFlag = "-XX:FlightRecorderOptions:repository=" + repository;
    List<String> full = new ArrayList<>(command);
    ProcessBuilder pb = new ProcessBuilder();
    if (isJavaLauncher(command.get(0))) {
      full.addAll(1, List.of(repositoryFlag, agentFlag)); // the program's own options come after
    } else {
      Map<String, String> env = pb.environment();
      String existing = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
      env.put("JAVA_TOOL_OPTIONS", (repositoryFlag + " " + existing + " " + agentFlag).trim());
    }
    pb.command(full).inheritIO();
    try {
      Process p = pb.start();
      int code = p.waitFor();
      return new Result(code, recording, repository);
    } catch (IOException e) {
      throw new BaseCommand.UserError(
          "cannot start '" + command.get(0) + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaseCommand.UserError("interrupted while waiting for the program", e);
    }
  }

  /** Removes a JFR repository left by an earlier run into the same directory. */
  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
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
