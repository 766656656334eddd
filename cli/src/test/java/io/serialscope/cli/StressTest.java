package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.cli.workloads.MixedStress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent under load: thousands of tasks on 16 threads through every primitive, with racing first
 * uses. ForkedJvm's watchdog fails the test if the program hangs; the program checks its own
 * results, so a changed computation fails it too.
 */
class StressTest {
  @TempDir Path dir;

  @Test
  void mixedPrimitivesFinishCorrectlyUnderTheAgentAndAnalyze() throws Exception {
    Path recording = ForkedJvm.record(MixedStress.class, dir, null);

    Analysis a = RecordingAnalyzer.analyze(recording);
    assertThat(a.counts().segments()).isGreaterThan(10_000);
    assertThat(a.workNanos()).isPositive();
    assertThat(a.spanNanos()).isBetween(1L, a.workNanos());
  }
}
