package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.groundtruth.GroundTruthJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disable=GROUP;GROUP} switches instrumentation groups off: the recording has none of their
 * events and the program cannot tell; a name the agent does not know is one line on stderr and the
 * agent still runs.
 */
class InstrumentationSwitchTest {
  @TempDir Path dir;

  private ChecksumRun run(String name, String... jvmOptions) throws Exception {
    return ChecksumRun.of(dir, name, jvmOptions);
  }

  private static String agent(Path recording, String options) {
    return "-javaagent:" + GroundTruthJvm.AGENT_JAR + "=output=" + recording + "," + options;
  }

  @Test
  void aDisabledGroupRecordsNothingAndChangesNothingTheProgramCanSee() throws Exception {
    ChecksumRun plain = run("plain");
    Path all = dir.resolve("all.jfr");
    ChecksumRun withAll = run("all", agent(all, "verbose=false"));
    Path without = dir.resolve("without.jfr");
    ChecksumRun withoutForkJoinAndLocks = run("without", agent(without, "disable=forkjoin;locks"));

    assertThat(plain.code()).isEqualTo(7);
    assertThat(withAll).isEqualTo(plain);
    assertThat(withoutForkJoinAndLocks).isEqualTo(plain);
    assertThat(Files.readString(dir.resolve("without.err"))).doesNotContain("serialscope");

    // with every group on, the workload's fork/join pool and its lock are recorded ...
    assertThat(forkJoinEvents(all)).as("fork/join events with every group on").isPositive();
    assertThat(count(all, "serialscope.Acquire")).as("lock acquisitions recorded").isPositive();
    // ... and with the two groups off, none of their events are there, the rest still is
    assertThat(forkJoinEvents(without)).as("fork/join events with forkjoin off").isZero();
    assertThat(count(without, "serialscope.Acquire")).as("lock events with locks off").isZero();
    assertThat(count(without, "serialscope.Put")).as("queue events still recorded").isPositive();
    assertThat(count(without, "serialscope.Spawn")).as("pool and thread spawns").isPositive();
  }

  @Test
  void anUnknownGroupIsOneLineOnStderrAndTheAgentStillRuns() throws Exception {
    ChecksumRun plain = run("plain");
    Path recording = dir.resolve("typo.jfr");

    ChecksumRun typo = run("typo", agent(recording, "disable=fork-join"));

    assertThat(typo).isEqualTo(plain);
    List<String> err =
        Files.readAllLines(dir.resolve("typo.err")).stream()
            .filter(l -> l.startsWith("serialscope"))
            .toList();
    assertThat(err)
        .singleElement()
        .asString()
        .startsWith("serialscope: disable=fork-join is not an instrumentation group (known: ")
        .contains("forkjoin");
    assertThat(forkJoinEvents(recording)).as("nothing was switched off").isPositive();
    assertThat(count(recording, "serialscope.Acquire")).isPositive();
  }

  /**
   * Events only fork/join instrumentation writes: a pool worker's scheduler loop, and a task (not
   * the thread's own body) starting on a ForkJoinPool worker.
   */
  private static long forkJoinEvents(Path recording) throws Exception {
    long n = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      RecordedThread t = e.getThread();
      if (t == null || t.getJavaName() == null || !t.getJavaName().startsWith("ForkJoinPool")) {
        continue;
      }
      String type = e.getEventType().getName();
      if (type.equals("serialscope.SchedulerLoop")
          || (type.equals("serialscope.TaskStart")
              && e.getLong("taskId") != -t.getJavaThreadId())) {
        n++;
      }
    }
    return n;
  }

  private static long count(Path recording, String eventName) throws Exception {
    return RecordingFile.readAllEvents(recording).stream()
        .filter(e -> e.getEventType().getName().equals(eventName))
        .count();
  }
}
