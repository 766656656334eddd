package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.agent.bootstrap.events.AcquireEvent;
import io.serialscope.agent.bootstrap.events.AgentInfoEvent;
import io.serialscope.agent.bootstrap.events.AgentWorkEvent;
import io.serialscope.agent.bootstrap.events.AwaitEvent;
import io.serialscope.agent.bootstrap.events.BlockEndEvent;
import io.serialscope.agent.bootstrap.events.BlockStartEvent;
import io.serialscope.agent.bootstrap.events.CoarseningEvent;
import io.serialscope.agent.bootstrap.events.GpuClockAnchorEvent;
import io.serialscope.agent.bootstrap.events.GpuCopyEvent;
import io.serialscope.agent.bootstrap.events.GpuLaunchEvent;
import io.serialscope.agent.bootstrap.events.GpuStreamWaitEvent;
import io.serialscope.agent.bootstrap.events.GpuSyncEvent;
import io.serialscope.agent.bootstrap.events.GpuTracerStatusEvent;
import io.serialscope.agent.bootstrap.events.GpuWorkEvent;
import io.serialscope.agent.bootstrap.events.HardwareEvent;
import io.serialscope.agent.bootstrap.events.HardwareSampleEvent;
import io.serialscope.agent.bootstrap.events.LabelEnterEvent;
import io.serialscope.agent.bootstrap.events.LabelExitEvent;
import io.serialscope.agent.bootstrap.events.PutEvent;
import io.serialscope.agent.bootstrap.events.SignalEvent;
import io.serialscope.agent.bootstrap.events.SkippedEvent;
import io.serialscope.agent.bootstrap.events.SpawnEvent;
import io.serialscope.agent.bootstrap.events.TakeEvent;
import io.serialscope.agent.bootstrap.events.TaskEndEvent;
import io.serialscope.agent.bootstrap.events.TaskStartEvent;
import io.serialscope.agent.bootstrap.events.UnparkEvent;
import io.serialscope.analyzer.jfr.RecordingReader;
import io.serialscope.cli.workloads.BlockedOnSocket;
import io.serialscope.cli.workloads.ForkJoinRecursion;
import io.serialscope.cli.workloads.SerialThenParallel;
import io.serialscope.cli.workloads.TaskChain;
import io.serialscope.cli.workloads.ThreadsJoin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer's own reader of recordings against the JDK's {@code RecordingFile}: on recordings of
 * real workloads under the real agent (on the running JDK, and on JDK 25 where installed) and on
 * one that holds every event the analyzer reads, the reports are byte-for-byte the same, and the
 * fast reader read each of them alone (no fallback).
 */
class FastReaderEquivalenceTest {
  private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  @TempDir Path dir;

  @AfterEach
  void defaultReader() {
    System.clearProperty(RecordingReader.READER_PROPERTY);
  }

  /**
   * Runs {@code analyze} on {@code recording} with the reader {@code choice}; its output folder.
   */
  private Path analyze(Path recording, String choice) {
    Path out =
        dir.resolve(
            recording.getParent().getFileName() + "-" + (choice.isEmpty() ? "default" : choice));
    System.setProperty(RecordingReader.READER_PROPERTY, choice);
    StringWriter err = new StringWriter();
    int code =
        SerialscopeCommand.newCommandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(err, true))
            .execute("analyze", recording.toString(), "--out", out.toString());
    System.clearProperty(RecordingReader.READER_PROPERTY);
    assertThat(code).as(choice + ": " + err).isZero();
    return out;
  }

  private void assertSameReports(Path recording) throws Exception {
    Path jdk = analyze(recording, RecordingReader.FAST_READER_OFF);
    Path fastOnly = analyze(recording, RecordingReader.FAST_READER_ONLY);
    Path chosen = analyze(recording, "");
    for (String name : List.of("report.json", "trace.json", "report.html")) {
      String expected = Files.readString(jdk.resolve(name));
      assertThat(Files.readString(fastOnly.resolve(name)))
          .as(recording + " " + name)
          .isEqualTo(expected);
      assertThat(Files.readString(chosen.resolve(name)))
          .as(recording + " " + name)
          .isEqualTo(expected);
    }
  }

  @Test
  void workloadsRecordedOnThisJdk() throws Exception {
    for (Class<?> workload :
        List.of(
            TaskChain.class,
            SerialThenParallel.class,
            ForkJoinRecursion.class,
            ThreadsJoin.class,
            BlockedOnSocket.class)) {
      Path run = Files.createDirectories(dir.resolve(workload.getSimpleName()));
      assertSameReports(ForkedJvm.record(workload, run, null));
    }
  }

  @Test
  void workloadsRecordedOnJdk25() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(JAVA_25), "no JDK 25 here");
    for (Class<?> workload : List.of(TaskChain.class, ForkJoinRecursion.class)) {
      Path run = Files.createDirectories(dir.resolve(workload.getSimpleName() + "-25"));
      Path recording = run.resolve("recording.jfr");
      List<String> cmd = new ArrayList<>();
      cmd.add(JAVA_25.toString());
      cmd.add("-javaagent:" + ForkedJvm.AGENT_JAR + "=output=" + recording);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(workload.getName());
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(run.resolve("jvm.log").toFile())
              .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(run.resolve("jvm.log"))).isZero();
      assertThat(
              new String(
                  Files.readAllBytes(recording),
                  0,
                  8,
                  java.nio.charset.StandardCharsets.ISO_8859_1))
          .startsWith("FLR");
      assertSameReports(recording);
    }
  }

  /** Every event type the analyzer reads, the agent's and the JDK's, in one recording. */
  @Test
  void everyEventTheAnalyzerReads() throws Exception {
    Path run = Files.createDirectories(dir.resolve("every-event"));
    Path recording = run.resolve("recording.jfr");
    try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
      for (String io :
          List.of(
              "jdk.FileRead",
              "jdk.FileWrite",
              "jdk.ThreadSleep",
              "jdk.JavaMonitorEnter",
              "jdk.JavaMonitorWait")) {
        r.enable(io).withThreshold(Duration.ZERO);
      }
      r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      r.start();
      Object lock = new Object();
      Thread other = new Thread(() -> everything(2, lock, run), "other thread");
      synchronized (lock) {
        other.start();
        spin(30);
      }
      everything(1, lock, run);
      other.join();
      r.stop();
      r.dump(recording);
    }
    assertSameReports(recording);
  }

  private static void spin(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private static void everything(long task, Object lock, Path dir) {
    AgentInfoEvent info = new AgentInfoEvent();
    info.availableProcessors = 3;
    info.commit();
    TaskStartEvent start = new TaskStartEvent();
    start.taskId = task;
    start.label = "task ✓ " + task;
    start.cpuNanos = 1000 * task;
    start.commit();
    LabelEnterEvent enter = new LabelEnterEvent();
    enter.label = "stage é";
    enter.commit();
    spin(20);
    synchronized (lock) { // contended for the other thread: a monitor enter with a previous owner
      spin(5);
    }
    new LabelExitEvent().commit();
    SpawnEvent spawn = new SpawnEvent();
    spawn.taskId = task + 10;
    spawn.commit();
    SignalEvent signal = new SignalEvent();
    signal.objectId = 77;
    signal.commit();
    AwaitEvent await = new AwaitEvent();
    await.objectId = 77;
    await.commit();
    BlockStartEvent block = new BlockStartEvent();
    block.reason = "park";
    block.commit();
    try {
      Thread.sleep(3);
      Files.writeString(dir.resolve("io-" + task), "x".repeat(10_000));
      Files.readString(dir.resolve("io-" + task));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    new BlockEndEvent().commit();
    AcquireEvent acquire = new AcquireEvent();
    acquire.objectId = 5;
    acquire.commit();
    PutEvent put = new PutEvent();
    put.objectId = 6;
    put.commit();
    TakeEvent take = new TakeEvent();
    take.objectId = 6;
    take.commit();
    UnparkEvent unpark = new UnparkEvent();
    unpark.targetThreadId = Thread.currentThread().getId();
    unpark.commit();
    AgentWorkEvent work = new AgentWorkEvent();
    work.begin();
    spin(1);
    work.typeName = "some.Type";
    work.commit();
    gpu(task);
    spin(20);
    TaskEndEvent end = new TaskEndEvent();
    end.taskId = task;
    end.commit();
    CoarseningEvent coarsening = new CoarseningEvent();
    coarsening.unrecordedAcquisitions = 20_000;
    coarsening.mergedTasks = 3;
    coarsening.mergedTaskNanos = 30_000;
    coarsening.mergeThresholdNanos = 20_000;
    coarsening.commit();
    SkippedEvent skipped = new SkippedEvent();
    skipped.typeName = "<odd> type";
    skipped.reason = "test";
    skipped.commit();
    HardwareEvent hardware = new HardwareEvent();
    hardware.source = "oshi";
    hardware.cpuModel = "Test CPU";
    hardware.physicalCores = 2;
    hardware.logicalCores = 4;
    hardware.availableProcessors = 3;
    hardware.gpus = "Big GPU\tGPU Corp\t1024";
    hardware.containerCpuQuota = 2.5;
    hardware.commit();
    HardwareSampleEvent sample = new HardwareSampleEvent();
    sample.coreUtilization = "0.5,0.25";
    sample.coreFrequencyMhz = "2000,3000";
    sample.loadAverage = 1.5;
    sample.contextSwitches = 1000 * task;
    sample.processCpuNanos = 5000;
    sample.commit();
  }

  private static void gpu(long task) {
    GpuTracerStatusEvent status = new GpuTracerStatusEvent();
    status.enabled = false;
    status.jcudaFound = true;
    status.reason = "no driver";
    status.commit();
    GpuClockAnchorEvent anchor = new GpuClockAnchorEvent();
    anchor.anchorId = task;
    anchor.commit();
    GpuLaunchEvent launch = new GpuLaunchEvent();
    launch.correlationId = task * 100 + 1;
    launch.streamId = task;
    launch.label = "kernel";
    launch.commit();
    GpuCopyEvent copy = new GpuCopyEvent();
    copy.begin();
    copy.correlationId = task * 100 + 2;
    copy.streamId = task;
    copy.async = task == 1;
    spin(1);
    copy.commit();
    GpuStreamWaitEvent wait = new GpuStreamWaitEvent();
    wait.correlationId = task * 100 + 2;
    wait.streamId = task;
    wait.awaitedCorrelationId = task * 100 + 1;
    wait.commit();
    GpuSyncEvent sync = new GpuSyncEvent();
    sync.begin();
    sync.streamId = task;
    sync.awaitedCorrelationId = task * 100 + 2;
    spin(2);
    sync.commit();
    for (int i = 1; i <= 2; i++) {
      GpuWorkEvent w = new GpuWorkEvent();
      w.correlationId = task * 100 + i;
      w.streamId = task;
      w.kind = i == 1 ? "kernel" : "copy";
      w.label = i == 1 ? "kernel" : "HtoD";
      w.anchorId = task;
      w.startAfterAnchorNanos = 10_000 * i;
      w.endAfterAnchorNanos = 10_000 * i + 5_000;
      w.commit();
    }
  }
}
