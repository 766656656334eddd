package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.ForkJoinRecursion;
import io.serialscope.cli.workloads.SerialThenParallel;
import io.serialscope.cli.workloads.TaskChain;
import io.serialscope.cli.workloads.ThreadsJoin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JVMs, the real shaded agent, workloads whose structure is known (see each workload's Javadoc
 * for the arithmetic). Tolerances: work within 5 %, span within 10 %, speedups within 10 %. The
 * workloads spin on the clock, so their durations hold on a loaded machine too; the slack is for
 * JVM start-up work on the main thread and the agent's own cost. A miss is measured once more
 * ({@link OnceMoreOnMiss}).
 */
class EndToEndTest {
  private static final double MS = 1e6;

  @TempDir Path dir;

  private Analysis profile(Class<?> workload) throws Exception {
    Path run = Files.createTempDirectory(dir, workload.getSimpleName());
    return RecordingAnalyzer.analyze(ForkedJvm.record(workload, run, null));
  }

  @Test
  void serialPhaseThenParallelTasksOnTwoThreads() throws Exception {
    OnceMoreOnMiss.check(
        "serialPhaseThenParallelTasksOnTwoThreads",
        () -> {
          Analysis a = profile(SerialThenParallel.class);

          assertThat(a.workNanos() / MS).isCloseTo(2000, withPercentage(5));
          assertThat(a.spanNanos() / MS).isCloseTo(600, withPercentage(10));
          // S(4) exceeds the recorded pool size of 2: only possible because consecutive tasks of a
          // worker are not ordered by the worker.
          assertThat(a.predictedSpeedup().get(4)).isCloseTo(2.5, withPercentage(10));
          assertThat(a.predictedSpeedup().get(2)).isCloseTo(2000.0 / 1200, withPercentage(10));
          assertThat(a.serialFraction()).isCloseTo(0.2, within(0.05));
          assertThat(a.predictedSpeedup().get(1)).isCloseTo(1.0, within(1e-9));
        });
  }

  @Test
  void chainOfDependentTasksDoesNotScale() throws Exception {
    OnceMoreOnMiss.check(
        "chainOfDependentTasksDoesNotScale",
        () -> {
          Analysis a = profile(TaskChain.class);

          assertThat(a.workNanos() / MS).isCloseTo(1800, withPercentage(5));
          assertThat(a.spanNanos() / MS).isCloseTo(1800, withPercentage(10));
          assertThat(a.predictedSpeedup().get(4)).isCloseTo(1.0, withPercentage(10));
          assertThat(a.parallelism()).isCloseTo(1.0, withPercentage(10));
        });
  }

  @Test
  void forkJoinRecursion() throws Exception {
    OnceMoreOnMiss.check(
        "forkJoinRecursion",
        () -> {
          Analysis a = profile(ForkJoinRecursion.class);

          assertThat(a.workNanos() / MS).isCloseTo(3200, withPercentage(5));
          assertThat(a.spanNanos() / MS).isCloseTo(400, withPercentage(10));
          assertThat(a.predictedSpeedup().get(4)).isCloseTo(4.0, withPercentage(10));
        });
  }

  @Test
  void threadsStartedAndJoined() throws Exception {
    OnceMoreOnMiss.check(
        "threadsStartedAndJoined",
        () -> {
          Analysis a = profile(ThreadsJoin.class);

          assertThat(a.workNanos() / MS).isCloseTo(1100, withPercentage(5));
          assertThat(a.spanNanos() / MS).isCloseTo(700, withPercentage(10));
        });
  }
}
