package io.serialscope.cli.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sampling a lock storm's hand-overs (issue 8) keeps work and span: the same storm ({@link
 * LockHandoffStorm}) is recorded with coarsening on and off, and both analyses must match each
 * other and the known answer within 10 %, while the coarsened recording says how many hand-overs it
 * left out and holds far fewer acquisitions.
 *
 * <p>The threads work 50 µs between takes and the threshold is raised to 1 ms (option {@code
 * coarsenMicros}): about 20 takes per recorded one, as 1 µs between takes under the default 20 µs.
 * With takes that close the uncoarsened recording's own cost per take (two events) would outweigh
 * the work, and it would be no truth to compare with.
 */
class LockStormCoarseningTest {
  private static final double MS = 1e6;
  private static final String[] ARGS = {"4", "2000", "2", "50", "100"}; // rounds, takes, µs, µs, ms

  /** 4·(100 + 2·2000·0.052) ms. */
  private static final double KNOWN_WORK_MS = 4 * (100 + 2 * 2000 * 0.052);

  /** 4·(100 + 2000·0.052) ms: the span if no taker ever waited for the lock. */
  private static final double KNOWN_SPAN_MS = 4 * (100 + 2000 * 0.052);

  private static final String SAMPLED = "sampledLockHandoffs";

  @TempDir Path dir;

  @Test
  void samplingHandoversKeepsWorkAndSpanAndSaysWhatItLeftOut() throws Exception {
    CoarseningRuns.withOneRetry("lock storm", this::recordBothAndCompare);
  }

  /** Null when both recordings match each other and the known answers, else what missed. */
  private String recordBothAndCompare(String attempt) throws Exception {
    Path sampled = record(attempt + "-sampled", "coarsenMicros=1000");
    Path whole = record(attempt + "-whole", "coarsen=false");
    Analysis on = RecordingAnalyzer.analyze(sampled);
    Analysis off = RecordingAnalyzer.analyze(whole);
    long acquisitionsOn = count(sampled, "serialscope.Acquire");
    long acquisitionsOff = count(whole, "serialscope.Acquire");
    System.out.println(
        String.format(
            Locale.ROOT,
            "[lock storm] known work %.1f ms, span %.1f ms | sampled: work %.1f, span %.1f,"
                + " %d acquisitions recorded | whole: work %.1f, span %.1f, %d acquisitions",
            KNOWN_WORK_MS,
            KNOWN_SPAN_MS,
            on.workNanos() / MS,
            on.spanNanos() / MS,
            acquisitionsOn,
            off.workNanos() / MS,
            off.spanNanos() / MS,
            acquisitionsOff));

    // what the recording says is checked every time: a miss here is no accident of load
    assertThat(CoarseningRuns.lastCoarsening(sampled, SAMPLED)[0])
        .as("hand-overs left out, as recorded")
        .isPositive();
    assertThat(CoarseningRuns.lastCoarsening(whole, SAMPLED)[0])
        .as("coarsening off: none left out")
        .isZero();
    assertThat(on.warnings()).anySatisfy(w -> assertThat(w).contains("hand-over(s) between"));
    assertThat(acquisitionsOff).as("acquisitions recorded without sampling").isGreaterThan(4000);
    assertThat(acquisitionsOn).as("acquisitions recorded").isLessThan(acquisitionsOff / 4);

    try {
      assertThat(on.workNanos() / MS)
          .as("sampled work vs whole")
          .isCloseTo(off.workNanos() / MS, withPercentage(10));
      assertThat(on.spanNanos() / MS)
          .as("sampled span vs whole")
          .isCloseTo(off.spanNanos() / MS, withPercentage(10));
      for (Analysis a : List.of(on, off)) {
        // the lock's own cost and the spins' overshoot add a few per cent to the work
        assertThat(a.workNanos() / MS)
            .as("work T1 (ms)")
            .isCloseTo(KNOWN_WORK_MS, withPercentage(15));
        // a taker that finds the lock held parks, and a wake-up takes tens of µs here: the lock
        // lengthens the span beyond the known lower bound, but the takers still overlap
        assertThat(a.spanNanos() / MS).as("span T∞ (ms)").isGreaterThan(0.95 * KNOWN_SPAN_MS);
        assertThat(a.parallelism()).as("parallelism T1/T∞").isGreaterThan(1.2);
      }
      return null;
    } catch (AssertionError e) {
      return e.getMessage();
    }
  }

  private Path record(String name, String agentOptions) throws Exception {
    return CoarseningRuns.record(dir, name, LockHandoffStorm.class, agentOptions, ARGS);
  }

  private static long count(Path recording, String eventName) throws Exception {
    return RecordingFile.readAllEvents(recording).stream()
        .filter(e -> e.getEventType().getName().equals(eventName))
        .count();
  }
}
