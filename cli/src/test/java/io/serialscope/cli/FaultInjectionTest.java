package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.groundtruth.GroundTruthJvm;
import io.serialscope.cli.workloads.ChecksumWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent never breaks the application: the same program, without the agent, with it, and with
 * every hook of the agent throwing, prints the same output and exits with the same code; the
 * recording counts what the agent suppressed.
 */
class FaultInjectionTest {
  @TempDir Path dir;

  /** Exit code and standard output of one run. */
  record Run(int code, String out) {}

  private Run run(String name, String... agentOptions) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.addAll(List.of(agentOptions));
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
    return new Run(p.exitValue(), Files.readString(out));
  }

  private static String agent(Path recording) {
    return "-javaagent:" + GroundTruthJvm.AGENT_JAR + "=output=" + recording;
  }

  @Test
  void everyHookThrowingChangesNothingTheProgramCanSeeAndIsCounted() throws Exception {
    Run plain = run("plain");
    Path recorded = dir.resolve("agent.jfr");
    Run withAgent = run("agent", agent(recorded));
    Path faulty = dir.resolve("faulty.jfr");
    Run withFaults = run("faulty", "-Dserialscope.faultInjection=hooks", agent(faulty));

    assertThat(plain.code()).isEqualTo(7);
    assertThat(plain.out()).contains("caught java.lang.IllegalArgumentException: task failed");
    assertThat(withAgent).isEqualTo(plain);
    assertThat(withFaults).isEqualTo(plain);
    assertThat(Files.readString(dir.resolve("faulty.err"))).doesNotContain("serialscope fault");
    assertThat(suppressed(faulty)).isGreaterThan(100);
    assertThat(suppressed(recorded)).isZero();
  }

  private static long suppressed(Path recording) throws Exception {
    long last = -1;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (e.getEventType().getName().equals("serialscope.Coarsening")) {
        last = e.getLong("suppressedExceptions");
      }
    }
    return last;
  }

  @Test
  void switchedOffTheAgentDoesNothingAtAll() throws Exception {
    Run plain = run("plain");
    Path recording = dir.resolve("off.jfr");

    Run off = run("off", "-Dserialscope.enabled=false", agent(recording));

    assertThat(off).isEqualTo(plain);
    assertThat(recording).doesNotExist();
    assertThat(Files.readString(dir.resolve("off.err"))).isEmpty();
  }
}
