package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.workloads.ChecksumWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exit code and standard output of one run of {@link ChecksumWorkload} in a fresh JVM, so that runs
 * with and without the agent (and its test modes) can be compared line for line. Two runs are equal
 * when their exit codes and outputs are; the standard error only goes into {@link #toString()}, so
 * that a failed comparison shows why a JVM ended as it did.
 */
record ChecksumRun(int code, String out, String err) {
  /** Runs it with {@code jvmOptions}; output goes to {@code dir/name.out} and {@code .err}. */
  static ChecksumRun of(Path dir, String name, String... jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ChecksumWorkload.class.getName());
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    String hung = ThreadDump.unlessEndedWithin(p, 120);
    assertThat(hung).as("finished (a hang is a deadlock); its threads:%n%s", hung).isNull();
    return new ChecksumRun(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChecksumRun run && code == run.code && out.equals(run.out);
  }

  @Override
  public int hashCode() {
    return 31 * code + out.hashCode();
  }
}
