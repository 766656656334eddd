package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.groundtruth.GroundTruthJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private ChecksumRun run(String name, String... agentOptions) throws Exception {
    return ChecksumRun.of(dir, name, agentOptions);
  }

  private static String agent(Path recording) {
    return "-javaagent:" + GroundTruthJvm.AGENT_JAR + "=output=" + recording;
  }

  @Test
  void everyHookThrowingChangesNothingTheProgramCanSeeAndIsCounted() throws Exception {
    ChecksumRun plain = run("plain");
    Path recorded = dir.resolve("agent.jfr");
    ChecksumRun withAgent = run("agent", agent(recorded));
    Path faulty = dir.resolve("faulty.jfr");
    ChecksumRun withFaults = run("faulty", "-Dserialscope.faultInjection=hooks", agent(faulty));

    assertThat(plain.code()).isEqualTo(7);
    assertThat(plain.out()).contains("caught java.lang.IllegalArgumentException: task failed");
    assertThat(withAgent).isEqualTo(plain);
    assertThat(withFaults).isEqualTo(plain);
    assertThat(Files.readString(dir.resolve("faulty.err"))).doesNotContain("serialscope fault");
    assertThat(suppressed(faulty)).isGreaterThan(100);
    assertThat(suppressed(recorded)).isZero();
  }

  @Test
  void everyEventFailingToCommitChangesNothingTheProgramCanSeeAndIsCounted() throws Exception {
    ChecksumRun plain = run("plain");
    Path faulty = dir.resolve("faulty-events.jfr");

    ChecksumRun withFaults =
        run("faulty-events", "-Dserialscope.faultInjection=events", agent(faulty));

    assertThat(withFaults).isEqualTo(plain);
    assertThat(Files.readString(dir.resolve("faulty-events.err"))).doesNotContain("serialscope");
    // the hooks ran (claimed their thread, changed its state) and only the writes failed
    assertThat(hookEvents(faulty)).as("events written by the hooks").isZero();
    assertThat(suppressed(faulty)).isGreaterThan(100);
  }

  @Test
  void everyOtherEventFailingIsAnalyzedAndTheReportSaysWhatWasSuppressed() throws Exception {
    ChecksumRun plain = run("plain");
    Path faulty = dir.resolve("half.jfr");

    ChecksumRun withFaults = run("half", "-Dserialscope.faultInjection=events:2", agent(faulty));

    assertThat(withFaults).isEqualTo(plain);
    assertThat(Files.readString(dir.resolve("half.err"))).doesNotContain("serialscope");
    long written = hookEvents(faulty);
    long suppressed = suppressed(faulty);
    assertThat(written).isPositive();
    // every second write failed: as many suppressed as written, give or take the writes of the
    // hooks still running while JFR dumped the recording at exit
    assertThat(suppressed).isBetween(written * 8 / 10, written * 12 / 10 + 20);
    Analysis analysis = RecordingAnalyzer.analyze(faulty);
    assertThat(analysis.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith(suppressed + " exception(s) inside the agent were caught"));
  }

  /** Events only the hooks write (the agent's own start, hardware and coarsening events aside). */
  private static long hookEvents(Path recording) throws Exception {
    List<String> hookTypes =
        List.of(
            "serialscope.TaskStart",
            "serialscope.TaskEnd",
            "serialscope.Spawn",
            "serialscope.Signal",
            "serialscope.Await",
            "serialscope.BlockStart",
            "serialscope.BlockEnd",
            "serialscope.Unpark",
            "serialscope.SchedulerLoop",
            "serialscope.Acquire",
            "serialscope.Put",
            "serialscope.Take");
    return RecordingFile.readAllEvents(recording).stream()
        .filter(e -> hookTypes.contains(e.getEventType().getName()))
        .count();
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
    ChecksumRun plain = run("plain");
    Path recording = dir.resolve("off.jfr");

    ChecksumRun off = run("off", "-Dserialscope.enabled=false", agent(recording));

    assertThat(off).isEqualTo(plain);
    assertThat(recording).doesNotExist();
    assertThat(Files.readString(dir.resolve("off.err"))).isEmpty();
  }
}
