package io.serialscope.cli.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.samples.SampleCatalog;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a gallery sample the way {@code serialscope demo} does — its main class, the catalog's
 * {@code include=} labels, the third-party jars it needs — in a fresh JVM under the real shaded
 * agent, with arguments of the test's choosing, and analyzes the recording.
 */
final class GalleryJvm {
  /** The agent jar the cli module's package phase embedded (the one users get). */
  static final Path AGENT_JAR =
      Path.of("target", "classes", "io", "serialscope", "cli", "embedded", "serialscope-agent.jar")
          .toAbsolutePath();

  /**
   * What one profiled run gave.
   *
   * @param analysis the analysis of its recording
   * @param output what the sample printed (stdout and stderr)
   */
  record Profiled(Analysis analysis, String output) {
    /**
     * Work over span without the main thread's first and last critical-path segments: the JVM
     * starting (class loading, the agent transforming the JDK classes the program touches first)
     * and exiting. They are serial, but they are the JVM's, not the workload's, and the last one is
     * not corrected to CPU time (no CPU reading closes it), so on a busy machine they weigh far
     * more than on a quiet one.
     */
    double workloadParallelism() {
      long startUpAndExit = startUpAndExitNanos();
      return (double) (analysis.workNanos() - startUpAndExit)
          / (analysis.spanNanos() - startUpAndExit);
    }

    /**
     * The serial fraction without start-up and exit, which run alone (at ASAP level 1), so they
     * leave both the serial work and the work.
     */
    double workloadSerialFraction() {
      long startUpAndExit = startUpAndExitNanos();
      double serialWork = analysis.serialFraction() * analysis.workNanos() - startUpAndExit;
      return Math.max(0, serialWork) / (analysis.workNanos() - startUpAndExit);
    }

    /** The critical-path share of {@code prefix}'s labels, start-up and exit left out. */
    double workloadCriticalPathShare(String prefix) {
      return criticalPathShare(prefix)
          * analysis.spanNanos()
          / (analysis.spanNanos() - startUpAndExitNanos());
    }

    long startUpAndExitNanos() {
      int[] path = analysis.criticalPath();
      long nanos = 0;
      for (int end : new int[] {0, path.length - 1}) {
        int segment = path[end];
        if (analysis.graph().lanes().get(analysis.graph().lane(segment)).name().equals("main")) {
          nanos += analysis.graph().durationNanos(segment);
        }
        if (path.length == 1) {
          break;
        }
      }
      return nanos;
    }

    /** The critical-path share (0..1) of the label that starts with {@code prefix}; 0 if none. */
    double criticalPathShare(String prefix) {
      return analysis.criticalPathByLabel().stream()
          .filter(l -> l.label().startsWith(prefix))
          .mapToDouble(Analysis.LabelShare::share)
          .sum();
    }
  }

  private GalleryJvm() {}

  static Profiled profile(String sampleName, Path dir, String... args) throws Exception {
    assertThat(AGENT_JAR).as("agent jar embedded by the package phase").exists();
    SampleCatalog.Sample sample = SampleCatalog.find(sampleName).orElseThrow();
    StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
    for (Path jar : SampleCatalog.libraryJars(sample)) {
      assertThat(jar).as("library jar of %s", sampleName).isRegularFile();
      classPath.append(File.pathSeparator).append(jar);
    }
    Path recording = dir.resolve(sampleName + ".jfr");
    Path log = dir.resolve(sampleName + ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(
        "-javaagent:" + AGENT_JAR + "=output=" + recording + ",include=" + sample.includePattern());
    cmd.add("-cp");
    cmd.add(classPath.toString());
    cmd.add(sample.mainClass());
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(finished).as("sample finished in time (a hang is a deadlock)").isTrue();
    assertThat(p.exitValue()).as("exit code; output: %s", output).isZero();
    assertThat(recording).as("recording written at exit; output: %s", output).exists();
    return new Profiled(RecordingAnalyzer.analyze(recording), output);
  }
}
