package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.workloads.ChecksumWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Exit code and standard output of one run of {@link ChecksumWorkload} in a fresh JVM, so that runs
 * with and without the agent (and its test modes) can be compared line for line.
 */
record ChecksumRun(int code, String out) {
  /** Runs it with {@code jvmOptions}; output goes to {@code dir/name.out} and {@code .err}. */
  static ChecksumRun of(Path dir, String name, String... jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ChecksumWorkload.class.getName());
    Path out = dir.resolve(name + ".out");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve(name + ".err").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished (a hang is a deadlock)").isTrue();
    return new ChecksumRun(p.exitValue(), Files.readString(out));
  }
}
