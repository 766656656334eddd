package io.serialscope.analyzer.scaling;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.insight.RecordedConcurrency;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns analyses of one workload at different thread counts into {@link SweepRun}s: how long each
 * took and how many threads it used.
 *
 * <p>Thread counts, in order of preference: the counts the user gave; else, when the recordings'
 * {@code availableProcessors} (logical cores) all differ, those (a sweep made with {@code
 * -XX:ActiveProcessorCount=N} or on different machines); else the <em>sustained</em> thread count:
 * the largest {@code n} such that at least {@code n} threads ran tasks at once for at least {@value
 * #SUSTAINED_PERCENT} % of the run's wall time. (The instantaneous peak would count a submitting
 * thread that overlaps the single worker of a one-thread pool for a few microseconds.)
 *
 * <p>Wall time: from the first segment's start to the last segment's end on the recording clock.
 * Segment durations are corrected to CPU time where a thread waited for a core, so a run with more
 * busy threads than cores is measured by the processor time it got, not by its wall time; sweep
 * within the machine's core count.
 */
public final class SweepRuns {
  public static final String RULE_GIVEN = "thread counts given with --threads";
  public static final String RULE_CORES =
      "thread counts are the recordings' available processors (logical cores)";
  public static final String RULE_PEAK =
      "thread counts are the most threads that ran tasks at once for at least 5 % of each"
          + " recording's wall time";

  /** Share of the wall time a concurrency level must hold to count as the run's thread count. */
  public static final int SUSTAINED_PERCENT = 5;

  private SweepRuns() {}

  /** The runs and the rule their thread counts came from. */
  public record Runs(List<SweepRun> runs, String rule) {}

  /**
   * @param givenThreads the user's counts, one per analysis, or null to infer them
   * @throws IllegalArgumentException with one sentence when the counts are unusable
   */
  public static Runs of(List<Analysis> analyses, List<Integer> givenThreads) {
    String rule;
    int[] threads = new int[analyses.size()];
    if (givenThreads != null) {
      if (givenThreads.size() != analyses.size()) {
        throw new IllegalArgumentException(
            givenThreads.size() + " thread counts given for " + analyses.size() + " recordings");
      }
      for (int i = 0; i < threads.length; i++) {
        threads[i] = givenThreads.get(i);
        if (threads[i] < 1) {
          throw new IllegalArgumentException("a thread count must be at least 1");
        }
      }
      rule = RULE_GIVEN;
    } else if (analyses.stream().mapToInt(a -> a.hardware().logicalCores()).distinct().count()
        == analyses.size()) {
      for (int i = 0; i < threads.length; i++) {
        threads[i] = Math.max(1, analyses.get(i).hardware().logicalCores());
      }
      rule = RULE_CORES;
    } else {
      for (int i = 0; i < threads.length; i++) {
        threads[i] = Math.max(1, sustainedThreads(analyses.get(i).graph()));
      }
      rule = RULE_PEAK;
    }
    List<SweepRun> runs = new ArrayList<>();
    for (int i = 0; i < threads.length; i++) {
      for (int j = 0; j < i; j++) {
        if (threads[i] == threads[j]) {
          throw new IllegalArgumentException(
              analyses.get(j).source()
                  + " and "
                  + analyses.get(i).source()
                  + " both count "
                  + threads[i]
                  + " threads ("
                  + rule
                  + "); give the counts with --threads, e.g. --threads 1,2,4");
        }
      }
      long wall = wallNanos(analyses.get(i).graph());
      if (wall <= 0) {
        throw new IllegalArgumentException(analyses.get(i).source() + " recorded no timed work");
      }
      runs.add(new SweepRun(analyses.get(i).source(), threads[i], wall));
    }
    return new Runs(runs, rule);
  }

  /**
   * The largest n such that n or more threads ran tasks at once for at least {@value
   * #SUSTAINED_PERCENT} % of the wall time; 0 for an empty graph.
   */
  public static int sustainedThreads(SegmentGraph graph) {
    Analysis.ParallelismProfile profile = RecordedConcurrency.ofCpu(graph);
    long[] times = profile.timesNanos();
    int[] levels = profile.levels();
    int top = 0;
    for (int level : levels) {
      top = Math.max(top, level);
    }
    long[] atLeast = new long[top + 1]; // atLeast[n]: time with n or more running
    for (int i = 0; i + 1 < times.length; i++) {
      for (int n = 1; n <= levels[i]; n++) {
        atLeast[n] += times[i + 1] - times[i];
      }
    }
    long wall = times[times.length - 1] - times[0];
    for (int n = top; n >= 1; n--) {
      if (atLeast[n] * 100 >= wall * SUSTAINED_PERCENT) {
        return n;
      }
    }
    return 0;
  }

  /** First segment start to last segment end, recording clock. */
  public static long wallNanos(SegmentGraph graph) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int s = 0; s < graph.segmentCount(); s++) {
      first = Math.min(first, graph.startNanos(s));
      last = Math.max(last, graph.startNanos(s) + graph.durationNanos(s));
    }
    return graph.segmentCount() == 0 ? 0 : last - first;
  }
}
