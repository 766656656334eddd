package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.HardwareProbe;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardware snapshot of a real recording under the real shaded agent: OSHI's facts agree with
 * what the JDK says about this machine, and when OSHI cannot load the program runs exactly as it
 * would without the agent while the snapshot still holds the JDK's facts.
 */
class HardwareEndToEndTest {
  private static final String UNAVAILABLE = "serialscope: hardware details unavailable";

  @TempDir Path dir;

  private record Run(int exitCode, String stdout, String stderr, Path recording) {}

  private Run run(boolean withAgent, String... jvmOptions)
      throws IOException, InterruptedException {
    return run(withAgent ? "" : null, jvmOptions);
  }

  /** Runs the probe; {@code agentOptions} null runs it without the agent. */
  private Run run(String agentOptions, String... jvmOptions)
      throws IOException, InterruptedException {
    Path recording = dir.resolve("recording.jfr");
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.addAll(List.of(jvmOptions));
    if (agentOptions != null) {
      cmd.add(
          "-javaagent:"
              + ForkedJvm.AGENT_JAR
              + "=output="
              + recording
              + (agentOptions.isEmpty() ? "" : "," + agentOptions));
    }
    cmd.addAll(List.of("-cp", classPathWithoutJnaAndOshi()));
    cmd.add(HardwareProbe.class.getName());
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    assertThat(finished).as("finished in time (a hang is a deadlock)").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err), recording);
  }

  @Test
  void oshiSnapshotMatchesWhatTheJdkSaysAboutThisMachine() throws Exception {
    Run r = run(true);

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(7);
    assertThat(r.stderr()).doesNotContain(UNAVAILABLE);
    // JDK 24+ warns when an unnamed module loads a native library; JNA runs in a module of ours
    // that has native access
    assertThat(r.stderr()).doesNotContain("restricted method");
    assertThat(r.stdout()).contains("oshi visible: false", "jna visible: false");
    Analysis.Hardware hw = RecordingAnalyzer.analyze(r.recording()).hardware();
    HardwareSnapshot s = hw.snapshot();
    int processors = Runtime.getRuntime().availableProcessors();

    assertThat(s.source()).isEqualTo("oshi");
    assertThat(s.machineLogicalCores()).isEqualTo(processors);
    assertThat(hw.logicalCores()).isEqualTo(processors);
    assertThat(hw.physicalCores()).isBetween(1, s.machineLogicalCores());
    assertThat(s.availableProcessors()).isEqualTo(processors);
    assertThat(hw.cpuModel()).isNotBlank().isNotEqualTo("unknown");
    assertThat(s.memoryBytes()).isPositive();
    assertThat(s.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
    assertThat(s.gc()).isNotBlank();
    assertThat(s.jvm()).contains(System.getProperty("java.vm.name"));
    assertThat(s.load().samples()).isPositive();
    assertThat(s.load().processCpuNanos()).isPositive();
  }

  @Test
  void withoutOshiTheProgramRunsUnchangedAndTheJdkFactsAreRecorded() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    Run plain = run(false);
    Run r =
        run(true, "-Dserialscope.hardware.libDir=" + notADirectory.resolve("cannot-be-created"));

    assertThat(r.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(7);
    assertThat(r.stdout()).isEqualTo(plain.stdout());
    assertThat(r.stderr().lines().filter(l -> l.startsWith("serialscope:")))
        .singleElement()
        .asString()
        .startsWith(UNAVAILABLE)
        .endsWith("; recording what the JDK knows");
    assertThat(r.stderr()).doesNotContain("\tat ");
    Analysis.Hardware hw = RecordingAnalyzer.analyze(r.recording()).hardware();
    HardwareSnapshot s = hw.snapshot();
    int processors = Runtime.getRuntime().availableProcessors();

    assertThat(s.source()).isEqualTo("jdk");
    assertThat(hw.logicalCores()).isEqualTo(processors);
    assertThat(s.availableProcessors()).isEqualTo(processors);
    assertThat(s.memoryBytes()).isPositive();
    assertThat(s.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
    assertThat(s.gc()).isNotBlank();
    assertThat(s.os()).contains(System.getProperty("os.name"));
    assertThat(s.load().samples()).isPositive();
    assertThat(s.load().meanUtilization()).as("no per-core values without OSHI").isEqualTo(-1);
  }

  @Test
  void samplesCanBeSwitchedOff() throws Exception {
    Run r = run("hwSampleMillis=0");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(7);
    HardwareSnapshot s = RecordingAnalyzer.analyze(r.recording()).hardware().snapshot();
    assertThat(s.load().samples()).isZero();
    assertThat(s.source()).isNotEqualTo("none");
  }

  /**
   * The test class path without JNA and OSHI, which are there for {@link HostLibrariesTest}'s
   * own-libraries application: the probe checks that the agent's copies stay invisible, so it must
   * have none of its own.
   */
  private static String classPathWithoutJnaAndOshi() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("jna") && !entry.contains("oshi"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
