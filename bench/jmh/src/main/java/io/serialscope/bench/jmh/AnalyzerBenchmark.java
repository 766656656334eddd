package io.serialscope.bench.jmh;

import io.serialscope.analyzer.graph.GreedySchedule;
import io.serialscope.analyzer.insight.DurationDistributions;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.IndexSort;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analyzer's algorithms on a graph shaped like the synthetic recordings of
 * bench/throughput.py: {@code lanes} threads each running tasks of two segments one after the
 * other, every tenth task spawned from another lane. One graph per trial; each benchmark does its
 * whole job once per call (a sort, a schedule, a histogram), so the score is the time per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class AnalyzerBenchmark {
  @Param({"1000000"})
  public int segments;

  @Param({"8"})
  public int lanes;

  private SegmentGraph graph;

  /** The segments' start times in the order the builder got them: one sorted run per lane. */
  private long[] startsLaneByLane;

  @Setup(Level.Trial)
  public void buildGraph() {
    Random random = new Random(42);
    SegmentGraphBuilder g = SegmentGraph.builder();
    int perLane = segments / lanes;
    int[] laneIndex = new int[lanes];
    for (int l = 0; l < lanes; l++) {
      laneIndex[l] = g.addLane(new Lane("worker-" + l, l + 1));
    }
    startsLaneByLane = new long[perLane * lanes];
    long[] endOf = new long[perLane * lanes];
    int task = 0;
    int n = 0;
    for (int l = 0; l < lanes; l++) {
      long now = random.nextInt(1000);
      int previous = -1;
      for (int i = 0; i < perLane; i++) {
        boolean taskStarts = i % 2 == 0;
        if (taskStarts) {
          task++;
        }
        long duration = 1_000 + random.nextInt(100_000);
        int s = g.addSegment(now, duration, laneIndex[l], task, taskStarts ? "load" : "compute");
        startsLaneByLane[n] = now;
        endOf[n++] = now + duration;
        if (previous >= 0) {
          g.addEdge(previous, s, EdgeKind.PROGRAM_ORDER);
        }
        if (taskStarts && task % 10 == 0 && l > 0) {
          int spawner = findEndingBefore(endOf, (l - 1) * perLane, l * perLane, now);
          if (spawner >= 0) {
            g.addEdge(spawner, s, EdgeKind.SPAWN);
          }
        }
        previous = s;
        now += duration + random.nextInt(2_000);
      }
    }
    graph = g.build();
  }

  /**
   * The last segment of lane range [from, to) that ends by {@code time}, or -1 (a lane's ends
   * strictly increase).
   */
  private static int findEndingBefore(long[] endOf, int from, int to, long time) {
    int found = Arrays.binarySearch(endOf, from, to, time);
    int last = found >= 0 ? found : -found - 2; // before the insertion point
    return last >= from ? last : -1;
  }

  /** Putting the lanes' segments in time order: what SegmentGraphBuilder.build does first. */
  @Benchmark
  public int[] sortLaneRuns() {
    return IndexSort.byKeyStable(startsLaneByLane, startsLaneByLane.length);
  }

  /** One greedy prediction (not memoized: run, not makespanNanos). */
  @Benchmark
  public long greedySchedule4() {
    return GreedySchedule.run(graph, 4).makespanNanos();
  }

  /** Task durations for the findings: one sum per task over every segment. */
  @Benchmark
  public long taskDurations() {
    return DurationDistributions.taskDurations(graph).getTotalCount();
  }
}
