package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A recording the user may not read is refused in one line with exit code 2. Root reads every file,
 * so when the test runs as root (as on the CI machines) the CLI runs as {@code nobody} instead
 * ({@code setpriv}), from a world-readable copy of the test's class path.
 */
class UnreadableRecordingTest {
  private Path dir;

  @AfterEach
  void removeDir() throws IOException {
    if (dir != null) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          p.toFile().setWritable(true);
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aRecordingWithoutReadPermissionIsOneLineAndExitCode2() throws Exception {
    dir = Files.createTempDirectory("serialscope-unreadable");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path recording = dir.resolve("secret.jfr");
    Files.write(recording, new byte[] {'F', 'L', 'R', 0, 0, 2, 0, 1});
    Files.setPosixFilePermissions(recording, PosixFilePermissions.fromString("---------"));
    boolean privileged = Files.isReadable(recording);

    List<String> cmd = new ArrayList<>();
    if (privileged) {
      cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    cmd.add(ProfiledRun.currentJava());
    cmd.add("-cp");
    cmd.add(
        privileged
            ? worldReadableClassPath(dir.resolve("cp"))
            : System.getProperty("java.class.path"));
    cmd.add(SerialscopeCommand.class.getName());
    cmd.addAll(List.of("analyze", recording.toString(), "--out", dir.resolve("out").toString()));
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();

    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(2);
    assertThat(stderr.strip().lines()).as(stderr).hasSize(1);
    assertThat(stderr)
        .startsWith("serialscope: ")
        .contains("permission denied")
        .contains("secret.jfr")
        .doesNotContain("\tat ");
  }

  /** Copies every class-path entry under {@code target}, readable by every user. */
  private static String worldReadableClassPath(Path target) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = target.resolve(n++ + (Files.isDirectory(from) ? "" : ".jar"));
      try (Stream<Path> all = Files.walk(from)) {
        for (Path p : all.toList()) {
          Path copy = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(copy);
          } else {
            Files.createDirectories(copy.getParent());
            Files.copy(p, copy);
          }
        }
      }
      entries.add(to.toString());
    }
    try (Stream<Path> all = Files.walk(target)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
