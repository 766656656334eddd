package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.ContendedUntilStopped;
import io.serialscope.cli.workloads.KeepsRunning;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code attach} and {@code list} against real JVMs forked with the test's own JDK, running {@link
 * KeepsRunning}: a recording comes back, and the target goes on computing the same results, exits
 * normally, and holds no serialscope thread, hook or recording afterwards.
 */
class AttachTest {
  @TempDir Path dir;

  /** One CLI invocation, its exit code and what it printed. */
  private record Cli(int exitCode, String out, String err) {
    void assertOneCleanErrorLine(String expected) {
      assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(2);
      assertThat(err).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(err.lines().filter(l -> l.startsWith("serialscope: ")).count()).isEqualTo(1);
    }
  }

  private static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void recordsForTheDurationThenLeavesTheTargetAsItWas() throws Exception {
    try (Target target = Target.start(dir)) {
      String pid = Long.toString(target.pid());
      Cli list = run("list");
      assertThat(list.out()).contains(pid + " ").contains(KeepsRunning.class.getName());

      target.awaitBlocks(6); // past the JIT's warm-up
      long before = target.medianOfLastBlocksMicros(3);

      Path out = dir.resolve("out");
      Cli attach = run("attach", pid, "--duration", "2s", "--out", out.toString());

      assertThat(attach.exitCode()).as("stderr: %s%nout: %s", attach.err(), attach.out()).isZero();
      assertRecordingWithSegments(out);
      target.awaitMoreRounds();
      long detachedAt = target.blocks();
      target.awaitBlocks(detachedAt + 3);
      // Throughput after detaching: a gross slowdown (advice left in place, a thread left
      // running, a recording left streaming) shows as blocks of rounds taking longer; the bound
      // leaves room for a shared machine. The agent's overhead itself is benchmarked, not tested.
      assertThat(target.medianOfLastBlocksMicros(3))
          .as("20 rounds after detaching vs before attaching (us); log: %s", target.log())
          .isLessThan(before * 3 / 2);
      target.assertLeftAsItWas();
      if (Runtime.version().feature() >= 21) {
        // the JDK's warning, which README says how to avoid (checked in the next test)
        assertThat(target.log()).contains("loaded dynamically");
      }
    }
  }

  @Test
  void attachingUnderHeavyContentionNeitherDeadlocksNorChangesResults() throws Exception {
    try (Target target = Target.start(dir, ContendedUntilStopped.class)) {
      Path out = dir.resolve("out");
      Cli attach =
          run("attach", Long.toString(target.pid()), "--duration", "2s", "--out", out.toString());

      assertThat(attach.exitCode()).as("stderr: %s%nout: %s", attach.err(), attach.out()).isZero();
      assertRecordingWithSegments(out);
      assertThat(target.finish()).as("exit code; log: %s", target.log()).isZero();
      assertThat(target.log()).contains("consistent ").doesNotContain("INCONSISTENT");
      if (Runtime.version().feature() >= 21) {
        assertThat(target.log()).contains("ready with virtual threads");
      }
    }
  }

  @Test
  void attachingTwiceAndBesideTheTargetsOwnRecordingIsHarmless() throws Exception {
    try (Target target =
        Target.start(
            dir,
            "-XX:StartFlightRecording:name=users-own,filename=" + dir.resolve("own.jfr"),
            "-XX:+EnableDynamicAgentLoading")) {
      String pid = Long.toString(target.pid());
      Path first = dir.resolve("first");

      assertThat(run("attach", pid, "--start", "--out", first.toString()).out())
          .contains("serialscope: recording pid " + pid);
      Cli again = run("attach", pid, "--start", "--out", first.toString());
      assertThat(again.exitCode()).isZero();
      assertThat(again.out()).contains("already recording pid " + pid);
      run("attach", pid, "--duration", "1s", "--out", dir.resolve("x").toString())
          .assertOneCleanErrorLine("already records pid " + pid);
      assertThat(run("attach", pid, "--status").out()).contains("recording to " + first);

      Cli stop = run("attach", pid, "--stop", "--out", first.toString());
      assertThat(stop.exitCode()).as("stderr: %s", stop.err()).isZero();
      assertRecordingWithSegments(first);
      assertThat(run("attach", pid, "--status").out()).contains("pid " + pid + ": not recording");
      run("attach", pid, "--stop").assertOneCleanErrorLine("is not recording pid " + pid);

      // a second session in the same JVM starts from a clean slate
      Path second = dir.resolve("second");
      Cli later = run("attach", pid, "--duration", "1s", "--out", second.toString());
      assertThat(later.exitCode()).as("stderr: %s", later.err()).isZero();
      assertRecordingWithSegments(second);

      target.awaitMoreRounds();
      target.assertLeftAsItWas();
      assertThat(target.lineStartingWith("recordings: ")).contains("users-own=RUNNING");
      assertThat(target.log()).doesNotContain("loaded dynamically");
    }
  }

  @Test
  void aJvmStartedWithTheAgentIsLeftAlone() throws Exception {
    Path startupRecording = dir.resolve("startup.jfr");
    try (Target target =
        Target.start(dir, "-javaagent:" + ForkedJvm.AGENT_JAR + "=output=" + startupRecording)) {
      String pid = Long.toString(target.pid());

      assertThat(run("attach", pid, "--status").out())
          .contains("records this JVM since it started (-javaagent)");
      run("attach", pid, "--duration", "1s", "--out", dir.resolve("x").toString())
          .assertOneCleanErrorLine("since it started (-javaagent)");
      run("attach", pid, "--stop").assertOneCleanErrorLine("since it started (-javaagent)");

      assertThat(target.finish()).isZero();
      assertThat(target.log()).contains(" same\n").doesNotContain(" changed\n");
      assertThat(RecordingAnalyzer.analyze(startupRecording).counts().segments()).isPositive();
    }
  }

  @Test
  void aTargetThatExitsDuringTheRecordingIsAnalyzedAsFarAsItWent() throws Exception {
    try (Target target = Target.start(dir)) {
      String pid = Long.toString(target.pid());
      Path out = dir.resolve("out");
      CompletableFuture<Cli> attach =
          CompletableFuture.supplyAsync(
              () -> run("attach", pid, "--duration", "10m", "--out", out.toString()));
      target.awaitRecording();

      assertThat(target.finish()).isZero();

      Cli cli = attach.get(2, TimeUnit.MINUTES);
      cli.assertOneCleanErrorLine("pid " + pid + " exited during the recording");
      assertRecordingWithSegments(out);
    }
  }

  @Test
  void aJvmThatRefusesAttachingIsOneLine() throws Exception {
    try (Target target = Target.start(dir, "-XX:+DisableAttachMechanism")) {
      run("attach", Long.toString(target.pid()), "--duration", "1s")
          .assertOneCleanErrorLine("-XX:+DisableAttachMechanism");
      assertThat(target.finish()).isZero();
    }
  }

  @Test
  void aPidThatIsNotRunningIsOneLine() throws Exception {
    Process gone = new ProcessBuilder(ProfiledRun.currentJava(), "-version").start();
    gone.waitFor();
    run("attach", Long.toString(gone.pid()))
        .assertOneCleanErrorLine("no process with pid " + gone.pid() + " is running");
  }

  @Test
  void aProcessThatIsNotAJvmIsOneLine() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();
    try {
      run("attach", Long.toString(sleeper.pid()), "--status")
          .assertOneCleanErrorLine("is not a Java virtual machine");
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void aPidThatIsNotANumberIsOneLine() {
    run("attach", "my-app").assertOneCleanErrorLine("'my-app' is not a process id");
  }

  @Test
  void theRecordingFileIsChosenByOutNotByAgentOptions() {
    run("attach", "1", "--agent-opts", "include=a.B,output=/tmp/x.jfr")
        .assertOneCleanErrorLine("--agent-opts must not set 'output'");
  }

  @Test
  void withoutTheAttachModuleItSaysToUseAJdk() throws Exception {
    Path log = dir.resolve("cli.log");
    Process cli =
        new ProcessBuilder(
                ProfiledRun.currentJava(),
                "--limit-modules",
                "java.se,jdk.jfr,jdk.unsupported",
                "-cp",
                System.getProperty("java.class.path"),
                SerialscopeCommand.class.getName(),
                "list")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(cli.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(cli.exitValue()).as(Files.readString(log)).isEqualTo(2);
    assertThat(Files.readString(log))
        .startsWith("serialscope: attaching needs a JDK (module jdk.attach)")
        .doesNotContain("Exception");
  }

  private static void assertRecordingWithSegments(Path out) throws Exception {
    assertThat(out.resolve("report.json")).exists();
    assertThat(out.resolve("report.html")).exists();
    Analysis a = RecordingAnalyzer.analyze(out.resolve("recording.jfr"));
    assertThat(a.counts().segments()).isPositive();
    assertThat(a.workNanos()).isPositive();
  }

  /** A forked {@link KeepsRunning} JVM; its output goes to a log file the test reads. */
  private static final class Target implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final Path stopFile;

    private Target(Process process, Path log, Path stopFile) {
      this.process = process;
      this.log = log;
      this.stopFile = stopFile;
    }

    static Target start(Path dir, String... jvmFlags) throws Exception {
      return start(dir, KeepsRunning.class, jvmFlags);
    }

    /** Starts {@code main}, which runs until its first argument names a file, and prints ready. */
    static Target start(Path dir, Class<?> main, String... jvmFlags) throws Exception {
      Path log = dir.resolve("target.log");
      Path stopFile = dir.resolve("stop");
      List<String> cmd = new ArrayList<>();
      cmd.add(ProfiledRun.currentJava());
      cmd.addAll(List.of(jvmFlags));
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(main.getName());
      cmd.add(stopFile.toString());
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Target target = new Target(p, log, stopFile);
      target.await("the target to start", () -> target.log().contains("ready"));
      return target;
    }

    long pid() {
      return process.pid();
    }

    String log() throws IOException {
      return Files.readString(log);
    }

    String lineStartingWith(String prefix) throws IOException {
      return log().lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
    }

    private long rounds() throws IOException {
      return log().lines().filter(l -> l.startsWith("rounds ")).count();
    }

    /** How many blocks of 20 rounds the target reported so far. */
    long blocks() throws IOException {
      return rounds();
    }

    void awaitBlocks(long count) throws Exception {
      await(count + " blocks of rounds", () -> rounds() >= count);
    }

    /** The median wall time of the last {@code n} blocks of 20 rounds, in microseconds. */
    long medianOfLastBlocksMicros(int n) throws IOException {
      List<Long> times =
          log()
              .lines()
              .filter(l -> l.startsWith("rounds "))
              .map(l -> Long.parseLong(l.split(" ")[3]))
              .collect(Collectors.toList());
      List<Long> last = new ArrayList<>(times.subList(Math.max(0, times.size() - n), times.size()));
      Collections.sort(last);
      return last.get(last.size() / 2);
    }

    /** The target goes on working after serialscope left. */
    void awaitMoreRounds() throws Exception {
      long now = rounds();
      await("more rounds after detaching", () -> rounds() >= now + 2);
    }

    /** A recording is running in the target (the --status command says so). */
    void awaitRecording() throws Exception {
      String pid = Long.toString(pid());
      await(
          "the recording to start",
          () -> run("attach", pid, "--status").out().contains("recording to"));
    }

    /** Asks the target to exit and returns its exit code. */
    int finish() throws Exception {
      Files.createFile(stopFile);
      String hung = ThreadDump.unlessEndedWithin(process, 120);
      assertThat(hung)
          .as("target exits (a hang is a deadlock); %s%nits threads:%n%s", log(), hung)
          .isNull();
      return process.exitValue();
    }

    /** Same results throughout, normal exit, and nothing of serialscope left running in it. */
    void assertLeftAsItWas() throws Exception {
      assertThat(finish()).as("exit code; log: %s", log()).isZero();
      String log = log();
      assertThat(log).contains(" same\n").doesNotContain(" changed\n");
      assertThat(lineStartingWith("threads: "))
          .isNotEmpty()
          .doesNotContainIgnoringCase("serialscope");
      assertThat(lineStartingWith("hooks-enabled: ")).isEqualTo("hooks-enabled: false");
      assertThat(lineStartingWith("recordings: ")).doesNotContain("serialscope");
    }

    private interface Condition {
      boolean holds() throws Exception;
    }

    /** Polls; the limit only ends a hung test, it measures nothing. */
    private void await(String what, Condition condition) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!condition.holds()) {
        assertThat(process.isAlive())
            .as("target alive while waiting for %s; log: %s", what, log())
            .isTrue();
        assertThat(System.nanoTime())
            .as("waited too long for %s; log: %s", what, log())
            .isLessThan(deadline);
        Thread.sleep(100);
      }
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }
}
