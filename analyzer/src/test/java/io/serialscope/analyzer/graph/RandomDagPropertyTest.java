package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants on 500 random DAGs (seeded, so failures reproduce): the Graham/Brent bounds, T_1 = T1,
 * valid critical paths, and the ASAP numbers against a brute-force recomputation.
 */
class RandomDagPropertyTest {
  private static final int GRAPHS = 500;

  @Test
  void invariantsHoldOnRandomDags() {
    Random random = new Random(20250101L);
    for (int g = 0; g < GRAPHS; g++) {
      SegmentGraph graph = randomDag(random);
      String what = "graph " + g + " with " + graph.segmentCount() + " segments";
      long work = sumOfDurations(graph);
      CriticalPath path = CriticalPath.of(graph);
      long span = path.spanNanos();

      assertThat(span).as(what).isEqualTo(BruteForce.span(graph));
      assertCriticalPathIsARealPathOfLengthSpan(graph, path, what);
      for (int s = 0; s < graph.segmentCount(); s++) {
        assertThat(span).as(what).isGreaterThanOrEqualTo(graph.durationNanos(s));
      }
      assertGreedyWithinBrentBounds(graph, work, span, what);
      assertAsapMatchesBruteForce(graph, work, span, what);
    }
  }

  private static void assertCriticalPathIsARealPathOfLengthSpan(
      SegmentGraph graph, CriticalPath path, String what) {
    int[] segments = path.segments();
    long sum = 0;
    for (int i = 0; i < segments.length; i++) {
      sum += graph.durationNanos(segments[i]);
      if (i > 0) {
        assertThat(TestGraphs.hasEdge(graph, segments[i - 1], segments[i]))
            .as("%s: edge %d -> %d", what, segments[i - 1], segments[i])
            .isTrue();
      }
    }
    assertThat(sum).as(what).isEqualTo(path.spanNanos());
    assertThat(segments.length == 0).as(what).isEqualTo(graph.segmentCount() == 0);
  }

  private static void assertGreedyWithinBrentBounds(
      SegmentGraph graph, long work, long span, String what) {
    assertThat(GreedySchedule.makespanNanos(graph, 1)).as(what).isEqualTo(work);
    for (int p = 1; p <= 17; p++) {
      GreedySchedule schedule = GreedySchedule.run(graph, p);
      long tp = schedule.makespanNanos();
      String where = what + ", p=" + p;
      // max(T1/p, T∞) <= T_p <= T1/p + T∞, multiplied by p to stay in integers
      assertThat(p * tp).as(where).isGreaterThanOrEqualTo(work);
      assertThat(tp).as(where).isGreaterThanOrEqualTo(span);
      assertThat(p * tp).as(where).isLessThanOrEqualTo(work + p * span);
      BruteForce.assertFeasible(graph, schedule, p, where);
    }
    // with a processor per segment, the greedy schedule is the ASAP one
    assertThat(GreedySchedule.makespanNanos(graph, Math.max(1, graph.segmentCount())))
        .as(what)
        .isEqualTo(span);
  }

  private static void assertAsapMatchesBruteForce(
      SegmentGraph graph, long work, long span, String what) {
    AsapSchedule asap = AsapSchedule.of(graph);
    assertThat(asap.workNanos()).as(what).isEqualTo(work);
    assertThat(asap.makespanNanos()).as(what).isEqualTo(span);
    assertThat(asap.serialFraction()).as(what).isBetween(0.0, 1.0);
    assertThat(asap.serialWorkNanos()).as(what).isEqualTo(BruteForce.serialWork(graph));

    Analysis.ParallelismProfile profile = asap.profile();
    long[] times = profile.timesNanos();
    int[] levels = profile.levels();
    assertThat(levels[levels.length - 1]).as(what).isZero();
    assertThat(times[times.length - 1]).as(what).isEqualTo(span);
    long integral = 0;
    for (int i = 0; i + 1 < times.length; i++) {
      assertThat(times[i + 1]).as(what).isGreaterThan(times[i]);
      assertThat(levels[i + 1]).as(what).isNotEqualTo(levels[i]);
      integral += levels[i] * (times[i + 1] - times[i]);
    }
    // the area under the profile is the work
    assertThat(integral).as(what).isEqualTo(work);
  }

  /** Up to 200 segments, a fifth of them free, each with up to 3 edges from earlier segments. */
  static SegmentGraph randomDag(Random random) {
    int n = random.nextInt(201);
    int maxPredecessors = random.nextInt(4);
    int window = 1 + random.nextInt(Math.max(1, n));
    SegmentGraphBuilder builder = SegmentGraph.builder();
    int lanes = 1 + random.nextInt(8);
    for (int l = 0; l < lanes; l++) {
      builder.addLane(new Lane("lane-" + l, l));
    }
    int[] ids = new int[n];
    for (int j = 0; j < n; j++) {
      long duration = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(1000);
      // distinct increasing starts keep the builder's order equal to insertion order
      ids[j] = builder.addSegment(j, duration, random.nextInt(lanes), j, "label-" + (j % 7));
      int predecessors = j == 0 ? 0 : random.nextInt(maxPredecessors + 1);
      for (int k = 0; k < predecessors; k++) {
        int from = Math.max(0, j - 1 - random.nextInt(window));
        builder.addEdge(ids[from], ids[j], EdgeKind.WAKE);
      }
    }
    return builder.build();
  }

  private static long sumOfDurations(SegmentGraph graph) {
    long work = 0;
    for (int s = 0; s < graph.segmentCount(); s++) {
      work += graph.durationNanos(s);
    }
    return work;
  }

  /** Slow, obviously-correct recomputations for small graphs. */
  private static final class BruteForce {
    /** Longest path, as the longest chain hanging off each segment, computed by recursion. */
    static long span(SegmentGraph graph) {
      long[] tail = new long[graph.segmentCount()];
      Arrays.fill(tail, -1);
      long span = 0;
      for (int s = 0; s < graph.segmentCount(); s++) {
        span = Math.max(span, tail(graph, s, tail));
      }
      return span;
    }

    private static long tail(SegmentGraph graph, int s, long[] memo) {
      if (memo[s] < 0) {
        long longest = 0;
        for (int i = 0; i < graph.successorCount(s); i++) {
          longest = Math.max(longest, tail(graph, graph.successor(s, i), memo));
        }
        memo[s] = graph.durationNanos(s) + longest;
      }
      return memo[s];
    }

    /** Work done while exactly one segment runs, by counting segments in every elementary slot. */
    static long serialWork(SegmentGraph graph) {
      int n = graph.segmentCount();
      long[] start = new long[n];
      long[] finish = new long[n];
      long[] instants = new long[2 * n];
      long[] memo = new long[n];
      Arrays.fill(memo, -1);
      for (int s = 0; s < n; s++) {
        start[s] = earliestStart(graph, s, memo);
        finish[s] = start[s] + graph.durationNanos(s);
        instants[2 * s] = start[s];
        instants[2 * s + 1] = finish[s];
      }
      Arrays.sort(instants);
      long serial = 0;
      for (int i = 0; i + 1 < instants.length; i++) {
        long from = instants[i];
        long to = instants[i + 1];
        int running = 0;
        for (int s = 0; s < n; s++) {
          if (start[s] <= from && finish[s] >= to && finish[s] > start[s]) {
            running++;
          }
        }
        if (running == 1) {
          serial += to - from;
        }
      }
      return serial;
    }

    private static long earliestStart(SegmentGraph graph, int s, long[] memo) {
      if (memo[s] < 0) {
        long start = 0;
        for (int i = 0; i < graph.predecessorCount(s); i++) {
          int p = graph.predecessor(s, i);
          start = Math.max(start, earliestStart(graph, p, memo) + graph.durationNanos(p));
        }
        memo[s] = start;
      }
      return memo[s];
    }

    /** Dependencies respected and never more than p segments running at once. */
    static void assertFeasible(SegmentGraph graph, GreedySchedule schedule, int p, String where) {
      int n = graph.segmentCount();
      long[] starts = new long[n];
      long[] finishes = new long[n];
      for (int s = 0; s < n; s++) {
        for (int i = 0; i < graph.predecessorCount(s); i++) {
          int pred = graph.predecessor(s, i);
          assertThat(schedule.startNanos(s))
              .as(where)
              .isGreaterThanOrEqualTo(schedule.startNanos(pred) + graph.durationNanos(pred));
        }
        starts[s] = schedule.startNanos(s);
        finishes[s] = schedule.startNanos(s) + graph.durationNanos(s);
        assertThat(finishes[s]).as(where).isLessThanOrEqualTo(schedule.makespanNanos());
      }
      for (int s = 0; s < n; s++) {
        int running = 0;
        for (int t = 0; t < n; t++) {
          if (starts[t] <= starts[s] && finishes[t] > starts[s]) {
            running++;
          }
        }
        assertThat(running).as(where).isLessThanOrEqualTo(p);
      }
    }
  }
}
