package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.SpinTasksOnPool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPU-time truth (issue 5): the same work recorded with a pool of 2 and with a pool of 8 threads on
 * a 2-core machine. With 8 threads each task waits for a core most of its wall time; weighted by
 * thread CPU time, both recordings must give the same work, span and predicted speedups within 10 %
 * (and close to the known 1600 ms of work and 200 ms of span), and the oversubscribed one must show
 * the waiting as runnable-but-not-running time. A miss is measured once more ({@link
 * OnceMoreOnMiss}).
 */
class CpuTimeTruthTest {
  private static final double MS = 1e6;

  @TempDir Path dir;

  private Analysis profile(Class<?> workload) throws Exception {
    Path run = Files.createTempDirectory(dir, workload.getSimpleName());
    return RecordingAnalyzer.analyze(ForkedJvm.record(workload, run, null));
  }

  @Test
  void poolOfTwoAndPoolOfEightGiveTheSameNumbers() throws Exception {
    OnceMoreOnMiss.check("pool of two and pool of eight", this::compareTwoRecordings);
  }

  private void compareTwoRecordings() throws Exception {
    Analysis two = profile(SpinTasksOnPool.PoolOfTwo.class);
    Analysis eight = profile(SpinTasksOnPool.PoolOfEight.class);

    assertThat(eight.workNanos() / MS).isCloseTo(two.workNanos() / MS, withPercentage(10));
    assertThat(eight.spanNanos() / MS).isCloseTo(two.spanNanos() / MS, withPercentage(10));
    for (int p : new int[] {2, 4, 8}) {
      assertThat(eight.predictedSpeedup().get(p))
          .as("S(%d)", p)
          .isCloseTo(two.predictedSpeedup().get(p), withPercentage(10));
    }
    // and both are right: 8 x 200 ms of work, one task's 200 ms of span
    assertThat(two.workNanos() / MS).isCloseTo(1600, withPercentage(10));
    assertThat(eight.workNanos() / MS).isCloseTo(1600, withPercentage(10));
    assertThat(eight.spanNanos() / MS).isCloseTo(200, withPercentage(10));

    // on 2 cores, 8 busy threads wait for a core about 3/4 of their wall time: 1600 ms of CPU
    // take about 6400 ms of thread wall time; well over half of it must show as waiting
    long waited =
        eight.cpuWait().stream().mapToLong(Analysis.LaneCpuWait::waitingForCpuNanos).sum();
    assertThat(waited / MS).as("runnable-but-not-running time").isGreaterThan(1600);
  }
}
