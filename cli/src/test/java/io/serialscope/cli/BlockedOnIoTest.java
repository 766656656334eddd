package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;
import io.serialscope.cli.workloads.BlockedOnSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread blocked in a socket read for about 300 ms, then working 200 ms ({@link
 * BlockedOnSocket}): the wait is a "blocked on I/O" segment on the critical path, about 60 % of a
 * 500 ms span, and neither more cores nor faster ones shorten it. A miss is measured once more
 * ({@link OnceMoreOnMiss}).
 */
class BlockedOnIoTest {
  private static final double MS = 1e6;

  @TempDir Path dir;

  @Test
  void aBlockingReadIsIoTimeOnTheCriticalPath() throws Exception {
    OnceMoreOnMiss.check(
        "blocked on a socket",
        () -> {
          Path run = Files.createTempDirectory(dir, "run");
          Analysis a =
              RecordingAnalyzer.analyze(ForkedJvm.record(BlockedOnSocket.class, run, null));
          SegmentGraph g = a.graph();

          long ioNanos = 0;
          StringBuilder seen = new StringBuilder();
          for (int s = 0; s < g.segmentCount(); s++) {
            if (g.kind(s) == SegmentKind.IO_WAIT) {
              String lane = g.lanes().get(g.lane(s)).name();
              seen.append(
                  String.format(
                      "%n  %s on %s: %d us", g.labelName(s), lane, g.durationNanos(s) / 1000));
              if (lane.equals("main") && g.labelName(s).equals("socket read")) {
                ioNanos += g.durationNanos(s);
              }
            }
          }
          System.out.println("[blocked on I/O] segments:" + seen);
          assertThat(ioNanos / MS)
              .as("time blocked in the read")
              .isCloseTo(300, withPercentage(15));
          assertThat(a.spanNanos() / MS).isCloseTo(500, withPercentage(15));
          double ioShare =
              a.insights().criticalPathByKind().stream()
                  .filter(k -> k.name().equals("blocked on I/O"))
                  .mapToDouble(Analysis.Share::share)
                  .sum();
          assertThat(ioShare).as("I/O share of the critical path").isBetween(0.5, 0.7);
          // waiting for the network takes no processor: one core does as well as sixteen
          assertThat(a.predictedSpeedup().get(16)).isCloseTo(1.0, withPercentage(10));
          // and a faster core only shortens the 200 ms of work: 500 / 400
          Analysis.WhatIf faster =
              a.whatIf().stream()
                  .filter(w -> w.scenario().equals("2x single-thread speed"))
                  .findFirst()
                  .orElseThrow();
          assertThat((double) a.spanNanos() / faster.spanNanos())
              .isCloseTo(500.0 / 400, withPercentage(10));
        });
  }
}
