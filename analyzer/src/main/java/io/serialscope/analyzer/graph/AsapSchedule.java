package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.Arrays;

/**
 * The as-soon-as-possible schedule of a segment DAG on unlimited processors: every segment starts
 * the moment its last predecessor finishes (sources at time 0). From it come the parallelism
 * profile and the serial fraction {@code s} of DESIGN.md.
 *
 * <p>All times are nanoseconds from the start of the schedule (not the recording's clock).
 */
public final class AsapSchedule {
  private final long[] earliestStartNanos;
  private final long[] earliestFinishNanos;
  private final long workNanos;
  private final long makespanNanos;
  private final ParallelismProfileSweep profile;

  private AsapSchedule(long[] earliestStartNanos, long[] earliestFinishNanos, long workNanos) {
    this.earliestStartNanos = earliestStartNanos;
    this.earliestFinishNanos = earliestFinishNanos;
    this.workNanos = workNanos;
    long makespan = 0;
    for (long finish : earliestFinishNanos) {
      makespan = Math.max(makespan, finish);
    }
    this.makespanNanos = makespan;
    this.profile = ParallelismProfileSweep.of(earliestStartNanos, earliestFinishNanos);
  }

  /** Schedules {@code graph}; O(V + E) plus an O(V log V) sort for the profile. */
  public static AsapSchedule of(SegmentGraph graph) {
    int n = graph.segmentCount();
    long[] start = new long[n];
    long[] finish = new long[n];
    long work = 0;
    for (int s = 0; s < n; s++) {
      long ready = 0;
      int predecessors = graph.predecessorCount(s);
      for (int i = 0; i < predecessors; i++) {
        ready = Math.max(ready, finish[graph.predecessor(s, i)]);
      }
      start[s] = ready;
      finish[s] = ready + graph.durationNanos(s);
      work += graph.durationNanos(s);
    }
    return new AsapSchedule(start, finish, work);
  }

  /** When segment {@code s} starts, nanoseconds after the schedule's start. */
  public long earliestStartNanos(int s) {
    return earliestStartNanos[s];
  }

  /** When segment {@code s} finishes, nanoseconds after the schedule's start. */
  public long earliestFinishNanos(int s) {
    return earliestFinishNanos[s];
  }

  /** A copy of all earliest start times, indexed by segment, in nanoseconds. */
  public long[] earliestStartsNanos() {
    return earliestStartNanos.clone();
  }

  /** A copy of all earliest finish times, indexed by segment, in nanoseconds. */
  public long[] earliestFinishesNanos() {
    return earliestFinishNanos.clone();
  }

  /** T1: the sum of all durations, in nanoseconds. */
  public long workNanos() {
    return workNanos;
  }

  /** When the last segment finishes, in nanoseconds; equals the span T∞. */
  public long makespanNanos() {
    return makespanNanos;
  }

  /**
   * The parallelism profile: how many segments of positive duration run at each instant. Starts at
   * time 0, ends with level 0 at the makespan; consecutive levels differ. A graph without work has
   * the single step {@code (0, 0)}.
   */
  public Analysis.ParallelismProfile profile() {
    return new Analysis.ParallelismProfile(profile.timesNanos(), profile.levels());
  }

  /** Work executed while exactly one segment runs, in nanoseconds (0 <= it <= T1). */
  public long serialWorkNanos() {
    return profile.nanosAtLevelOne();
  }

  /**
   * The serial fraction {@code s}: the share of T1 executed while the profile is exactly 1, in [0,
   * 1]; 0 when T1 is 0. For a serial phase of length a followed by n independent tasks of length b
   * it is a / (a + n·b).
   */
  public double serialFraction() {
    return workNanos == 0 ? 0.0 : (double) profile.nanosAtLevelOne() / workNanos;
  }

  /** The step function of segments running, built by sweeping sorted start and finish times. */
  private record ParallelismProfileSweep(long[] timesNanos, int[] levels, long nanosAtLevelOne) {
    static ParallelismProfileSweep of(long[] start, long[] finish) {
      int running = 0;
      for (int s = 0; s < start.length; s++) {
        if (finish[s] > start[s]) {
          running++;
        }
      }
      long[] starts = new long[running];
      long[] finishes = new long[running];
      int k = 0;
      for (int s = 0; s < start.length; s++) {
        if (finish[s] > start[s]) {
          starts[k] = start[s];
          finishes[k++] = finish[s];
        }
      }
      Arrays.sort(starts);
      Arrays.sort(finishes);
      return sweep(starts, finishes);
    }

    private static ParallelismProfileSweep sweep(long[] starts, long[] finishes) {
      // At most one step per distinct start or finish time.
      long[] times = new long[2 * starts.length];
      int[] levels = new int[2 * starts.length];
      int steps = 0;
      int level = 0;
      long previousTime = 0;
      long nanosAtLevelOne = 0;
      int i = 0;
      int j = 0;
      while (j < finishes.length) {
        long t = i < starts.length ? Math.min(starts[i], finishes[j]) : finishes[j];
        if (level == 1) {
          nanosAtLevelOne += t - previousTime;
        }
        previousTime = t;
        while (i < starts.length && starts[i] == t) {
          level++;
          i++;
        }
        while (j < finishes.length && finishes[j] == t) {
          level--;
          j++;
        }
        // A segment finishing exactly when another starts leaves the level unchanged: no step.
        if (steps == 0 || levels[steps - 1] != level) {
          times[steps] = t;
          levels[steps++] = level;
        }
      }
      if (steps == 0) {
        return new ParallelismProfileSweep(new long[] {0}, new int[] {0}, 0);
      }
      return new ParallelismProfileSweep(
          Arrays.copyOf(times, steps), Arrays.copyOf(levels, steps), nanosAtLevelOne);
    }
  }
}
