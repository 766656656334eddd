package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./serialscope} launcher gives the CLI's JVM the throughput collector (the analyzer is
 * a batch job over a large heap) and passes SERIALSCOPE_JAVA_OPTS on. Run from a copy of the
 * launcher beside a stand-in jar, with a stand-in {@code java} that prints its arguments.
 */
class LauncherOptionsTest {
  @TempDir Path dir;

  @Test
  void theCliJvmGetsTheThroughputCollectorAndTheUsersOptions() throws Exception {
    Path launcher = dir.resolve("serialscope");
    Files.copy(Path.of("..", "serialscope"), launcher);
    Files.createDirectories(dir.resolve("cli/target"));
    Files.writeString(dir.resolve("cli/target/serialscope.jar"), "stand-in: no build is needed");
    Path java = dir.resolve("jdk/bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    for (Path script : new Path[] {launcher, java}) {
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "analyze", "x.jfr");
    pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    pb.environment().put("SERIALSCOPE_JAVA_OPTS", "-Xmx3g -Dfoo=bar");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList())
        .as(out)
        .startsWith("-XX:+UseParallelGC")
        .containsSubsequence(
            "-Xmx3g",
            "-Dfoo=bar",
            "-jar",
            dir.resolve("cli/target/serialscope.jar").toString(),
            "analyze",
            "x.jfr");
    Path hugePages = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean hugePagesOnRequest =
        Files.isReadable(hugePages) && Files.readString(hugePages).contains("[madvise]");
    assertThat(out.lines().anyMatch("-XX:+UseTransparentHugePages"::equals))
        .as(out)
        .isEqualTo(hugePagesOnRequest);
  }
}
