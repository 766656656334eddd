package io.serialscope.analyzer;

import io.serialscope.analyzer.findings.Finding;
import io.serialscope.analyzer.insight.FlameGraph;
import io.serialscope.analyzer.insight.HandOffPrediction;
import io.serialscope.analyzer.insight.LabelDistribution;
import io.serialscope.analyzer.model.SegmentGraph;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything serialscope concludes from one recording: the immutable input of every renderer.
 * Definitions are those of DESIGN.md; durations are nanoseconds of processor time.
 *
 * @param source the recording this came from (a path, for people)
 * @param graph the segment DAG the numbers were computed on
 * @param workNanos T1, the sum of all segment durations
 * @param spanNanos T∞, the longest path through the DAG
 * @param parallelism T1 / T∞ (1 when the graph is empty)
 * @param serialFraction share of T1 executed while the ASAP profile is exactly 1, in [0, 1]
 * @param criticalPath segment indices of one longest path, in execution order
 * @param predictedSpeedup processor count → T1 / T_p of a greedy schedule
 * @param amdahlSpeedup processor count → 1 / (s + (1 - s) / p)
 * @param criticalPathByLabel critical-path time by label, largest first; shares sum to 1
 * @param whatIf the serial-scaling scenarios (2× cores, 2× single-thread speed, …)
 * @param profile the ASAP parallelism profile (unlimited processors)
 * @param hardware the machine the recording was made on
 * @param counts sizes of the recording and of the graph
 * @param warnings things a user should know about the data, one sentence each
 * @param insights attributions, distributions, recorded concurrency, flame graphs and findings
 * @param sensitivity virtual-speedup curves of the labels with most critical-path time, ranked by
 *     predicted gain at 50 %
 * @param cpuWait per lane, the time its segments were runnable but not running
 */
public record Analysis(
    String source,
    SegmentGraph graph,
    long workNanos,
    long spanNanos,
    double parallelism,
    double serialFraction,
    int[] criticalPath,
    SortedMap<Integer, Double> predictedSpeedup,
    SortedMap<Integer, Double> amdahlSpeedup,
    List<LabelShare> criticalPathByLabel,
    List<WhatIf> whatIf,
    ParallelismProfile profile,
    Hardware hardware,
    Counts counts,
    List<String> warnings,
    Insights insights,
    List<LabelSensitivity> sensitivity,
    List<LaneCpuWait> cpuWait) {

  /** An analysis without sensitivity curves or CPU-wait figures (analyses made by hand). */
  public Analysis(
      String source,
      SegmentGraph graph,
      long workNanos,
      long spanNanos,
      double parallelism,
      double serialFraction,
      int[] criticalPath,
      SortedMap<Integer, Double> predictedSpeedup,
      SortedMap<Integer, Double> amdahlSpeedup,
      List<LabelShare> criticalPathByLabel,
      List<WhatIf> whatIf,
      ParallelismProfile profile,
      Hardware hardware,
      Counts counts,
      List<String> warnings,
      Insights insights) {
    this(
        source,
        graph,
        workNanos,
        spanNanos,
        parallelism,
        serialFraction,
        criticalPath,
        predictedSpeedup,
        amdahlSpeedup,
        criticalPathByLabel,
        whatIf,
        profile,
        hardware,
        counts,
        warnings,
        insights,
        List.of(),
        List.of());
  }

  /** The same analysis with other counts. */
  public Analysis withCounts(Counts other) {
    return new Analysis(
        source,
        graph,
        workNanos,
        spanNanos,
        parallelism,
        serialFraction,
        criticalPath,
        predictedSpeedup,
        amdahlSpeedup,
        criticalPathByLabel,
        whatIf,
        profile,
        hardware,
        other,
        warnings,
        insights,
        sensitivity,
        cpuWait);
  }

  /** The same analysis with other insights. */
  public Analysis withInsights(Insights other) {
    return new Analysis(
        source,
        graph,
        workNanos,
        spanNanos,
        parallelism,
        serialFraction,
        criticalPath,
        predictedSpeedup,
        amdahlSpeedup,
        criticalPathByLabel,
        whatIf,
        profile,
        hardware,
        counts,
        warnings,
        other,
        sensitivity,
        cpuWait);
  }

  /** Critical-path time attributed to one label; {@code share} of the span in [0, 1]. */
  public record LabelShare(String label, long nanos, double share) {}

  /**
   * One what-if scenario.
   *
   * @param scenario a short human name, e.g. {@code "2x cores"}
   * @param spanNanos the span of the scenario's DAG (durations scaled as the scenario says)
   * @param predictedNanos greedy-schedule time of the scenario on its processor count
   * @param speedup baseline predicted time on the recorded core count / {@code predictedNanos}
   * @param spec the scenario as a {@code --what-if} spec, e.g. {@code "cores=2x"}
   */
  public record WhatIf(
      String scenario, long spanNanos, long predictedNanos, double speedup, String spec) {
    /** A scenario whose spec is its name (made by hand). */
    public WhatIf(String scenario, long spanNanos, long predictedNanos, double speedup) {
      this(scenario, spanNanos, predictedNanos, speedup, scenario);
    }
  }

  /**
   * A label's virtual-speedup curve: with its time {@code speedupPercents[i]} % shorter (100 %
   * removes it), the span and the greedy prediction on the recorded core count.
   *
   * @param label the label
   * @param criticalPathNanos its time on the recorded critical path
   * @param speedupPercents 0, 10, …, 100 (0, 50, 100 on very large graphs)
   * @param spanNanos the span at each point; index 0 is as recorded
   * @param predictedNanos the predicted time T_P at each point; index 0 is as recorded
   */
  public record LabelSensitivity(
      String label,
      long criticalPathNanos,
      int[] speedupPercents,
      long[] spanNanos,
      long[] predictedNanos) {
    /** {@code 1 - predicted[i] / predicted[0]}: the share of T_P saved at point {@code i}. */
    public double predictedGain(int i) {
      return predictedNanos[0] == 0 ? 0 : 1 - (double) predictedNanos[i] / predictedNanos[0];
    }
  }

  /**
   * Per lane: wall time of its segments, the processor time they were weighted with, and their
   * difference, the time they were runnable but waited for a core.
   */
  public record LaneCpuWait(String lane, long wallNanos, long cpuNanos, long waitingForCpuNanos) {}

  /**
   * A step function: from {@code timesNanos[i]} until {@code timesNanos[i+1]} exactly {@code
   * levels[i]} segments run (ASAP schedule). The last level is 0.
   */
  public record ParallelismProfile(long[] timesNanos, int[] levels) {}

  /**
   * The recorded machine.
   *
   * @param logicalCores hardware threads the JVM could use
   * @param physicalCores physical cores, or -1 when unknown
   * @param cpuModel the CPU's name, or "unknown"
   * @param gpus names of GPUs seen
   * @param snapshot the agent's hardware snapshot and load samples ({@link HardwareSnapshot#NONE}
   *     when the recording has none)
   */
  public record Hardware(
      int logicalCores,
      int physicalCores,
      String cpuModel,
      List<String> gpus,
      HardwareSnapshot snapshot) {

    /** A machine known only by its cores, CPU and GPUs. */
    public Hardware(int logicalCores, int physicalCores, String cpuModel, List<String> gpus) {
      this(logicalCores, physicalCores, cpuModel, gpus, HardwareSnapshot.NONE);
    }

    /**
     * Cores the recorded JVM could actually use: the logical cores, fewer when the JVM was given
     * fewer processors, and the cgroup CPU quota (possibly fractional) when one was set.
     */
    public double usableCores() {
      double usable = logicalCores;
      if (snapshot.availableProcessors() > 0) {
        usable = Math.min(usable, snapshot.availableProcessors());
      }
      if (snapshot.hasContainerCpuQuota()) {
        usable = Math.min(usable, snapshot.containerCpuQuota());
      }
      return usable;
    }
  }

  /**
   * Sizes; {@code droppedEvents} counts events or edges that could not be used; {@code partial} is
   * true when part of the recording could not be read (truncated file, salvaged JFR repository);
   * {@code jfrDataLossBytes} is what JFR itself reported lost ({@code jdk.DataLoss}: its buffers
   * filled faster than they were written), in bytes, {@code >= 0}; {@code mergedTasks} counts tiny
   * fork/join tasks the agent merged into the tasks that forked them (their time is in their
   * forkers' segments), {@code >= 0}.
   */
  public record Counts(
      int segments,
      int edges,
      int lanes,
      long droppedEvents,
      boolean partial,
      long jfrDataLossBytes,
      long mergedTasks) {
    public Counts(int segments, int edges, int lanes, long droppedEvents) {
      this(segments, edges, lanes, droppedEvents, false, 0, 0);
    }

    public Counts(int segments, int edges, int lanes, long droppedEvents, boolean partial) {
      this(segments, edges, lanes, droppedEvents, partial, 0, 0);
    }

    public Counts asPartial() {
      return new Counts(segments, edges, lanes, droppedEvents, true, jfrDataLossBytes, mergedTasks);
    }

    /** These counts with what JFR reported lost, in bytes. */
    public Counts withJfrDataLoss(long bytes) {
      return new Counts(segments, edges, lanes, droppedEvents, partial, bytes, mergedTasks);
    }

    /** These counts with the tiny tasks the agent merged into their forkers. */
    public Counts withMergedTasks(long merged) {
      return new Counts(segments, edges, lanes, droppedEvents, partial, jfrDataLossBytes, merged);
    }
  }

  /** Time attributed to one named group (a lane, a kind); {@code share} in [0, 1]. */
  public record Share(String name, long nanos, double share) {}

  /**
   * What the report shows beyond the core numbers.
   *
   * @param criticalPathByLane critical-path time per lane, largest first; shares of the span
   * @param criticalPathByKind critical-path time per segment kind, largest first
   * @param labelDistributions segment durations per label, largest total first
   * @param recordedConcurrency segments running at each instant as recorded (recording clock)
   * @param wholeProgramFlame every execution sample of the recording
   * @param criticalPathFlame the samples taken inside critical-path segments
   * @param handOffs the speedup prediction with hand-offs between threads costing time
   * @param findings diagnoses, most severe first
   */
  public record Insights(
      List<Share> criticalPathByLane,
      List<Share> criticalPathByKind,
      List<LabelDistribution> labelDistributions,
      ParallelismProfile recordedConcurrency,
      FlameGraph wholeProgramFlame,
      FlameGraph criticalPathFlame,
      HandOffPrediction handOffs,
      List<Finding> findings) {
    /** No insights: for analyses made by hand. */
    public static final Insights EMPTY =
        new Insights(
            List.of(),
            List.of(),
            List.of(),
            new ParallelismProfile(new long[] {0}, new int[] {0}),
            FlameGraph.EMPTY,
            FlameGraph.EMPTY,
            HandOffPrediction.NONE,
            List.of());

    public Insights {
      criticalPathByLane = List.copyOf(criticalPathByLane);
      criticalPathByKind = List.copyOf(criticalPathByKind);
      labelDistributions = List.copyOf(labelDistributions);
      findings = List.copyOf(findings);
    }

    /** The same insights with other findings. */
    public Insights withFindings(List<Finding> other) {
      return new Insights(
          criticalPathByLane,
          criticalPathByKind,
          labelDistributions,
          recordedConcurrency,
          wholeProgramFlame,
          criticalPathFlame,
          handOffs,
          other);
    }
  }
}
