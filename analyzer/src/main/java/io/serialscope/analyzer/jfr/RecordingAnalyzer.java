package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.Analyzer;
import io.serialscope.analyzer.graph.WhatIfSpec;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Recording → segment DAG → {@link Analysis}: the analyzer's front door. */
public final class RecordingAnalyzer {
  private RecordingAnalyzer() {}

  /** Analyzes one recording; throws with a one-sentence message when it cannot. */
  public static Analysis analyze(Path recording) throws RecordingException {
    return analyze(recording, List.of());
  }

  /**
   * Analyzes one recording and runs the given what-if scenarios besides the built-in ones.
   *
   * @throws IllegalArgumentException when a scenario names a label the recording does not have
   */
  public static Analysis analyze(Path recording, List<WhatIfSpec> whatIfSpecs)
      throws RecordingException {
    RawRecording raw = RecordingReader.read(recording);
    long taskEvents = raw.agentEvents();
    if (taskEvents == 0) {
      throw new RecordingException(
          recording
              + " has no serialscope events: it was not recorded with the serialscope agent, so"
              + " which work waited for which is unknown (record it with 'serialscope run' or"
              + " -javaagent)");
    }
    Assembled assembled = assemble(raw);
    List<String> warnings = new ArrayList<>(raw.warnings());
    if (assembled.graph().segmentCount() == 0) {
      throw new RecordingException(recording + " recorded no work (no thread ran a task)");
    }
    if (assembled.unmatchedAwaits() > 0) {
      warnings.add(
          assembled.unmatchedAwaits()
              + " wait(s) ended without a recorded completion of what they waited for; those"
              + " dependencies are missing.");
    }
    if (assembled.unfinishedTasks() > 0) {
      warnings.add(
          assembled.unfinishedTasks()
              + " task(s) were still running when the recording stopped; their time up to then"
              + " is counted.");
    }
    if (assembled.endsWithoutStart() > 0) {
      warnings.add(
          assembled.endsWithoutStart()
              + " task(s) started before the recording began; only their recorded part is"
              + " counted.");
    }
    if (assembled.unplacedGpuWork() > 0) {
      warnings.add(
          assembled.unplacedGpuWork()
              + " GPU kernel(s) or copies had no clock anchor in the recording and are left out.");
    }
    if (assembled.droppedEdges() > 0) {
      warnings.add(
          assembled.droppedEdges()
              + " dependency edge(s) pointed backwards in time (clock skew) and were dropped.");
    }
    Analysis analysis =
        Analyzer.analyze(
            recording.toString(),
            assembled.graph(),
            raw.hardware(),
            warnings,
            assembled.unmatchedAwaits()
                + assembled.droppedEdges()
                + assembled.unplacedGpuWork()
                + raw.jfrLostEvents(),
            raw.samples(),
            whatIfSpecs);
    Analysis.Counts counts =
        analysis
            .counts()
            .withJfrDataLoss(raw.jfrDataLossBytes())
            .withMergedTasks(raw.mergedTasks());
    return analysis.withCounts(raw.partial() ? counts.asPartial() : counts);
  }

  /**
   * Sizes the graph's and the edge book's columns from the lanes' events: a segment ends at most at
   * every event but a label's (labels divide a segment into parts) plus once per lane, a label
   * event adds at most one part, and most edges are one per segment (to the next on its task) or
   * one per cross-thread event.
   */
  private static void expectFromEvents(
      List<LaneTimeline> lanes, SegmentGraphBuilder graph, EdgeBook edges) {
    int[] byKind = new int[LaneEvent.Kind.values().length];
    for (LaneTimeline lane : lanes) {
      lane.events.countKinds(byKind);
    }
    long events = 0;
    for (int count : byKind) {
      events += count;
    }
    long labels =
        byKind[LaneEvent.Kind.LABEL_ENTER.ordinal()] + byKind[LaneEvent.Kind.LABEL_EXIT.ordinal()];
    long segments = events - labels + 2L * lanes.size();
    long crossThread = 0;
    for (LaneEvent.Kind k :
        new LaneEvent.Kind[] {
          LaneEvent.Kind.SPAWN, LaneEvent.Kind.SIGNAL, LaneEvent.Kind.UNPARK, LaneEvent.Kind.PUT
        }) {
      crossThread += byKind[k.ordinal()];
    }
    int cap = Integer.MAX_VALUE - 8;
    graph.expect(
        (int) Math.min(segments, cap),
        (int) Math.min(segments + labels, cap),
        (int) Math.min(segments + crossThread, cap));
    edges.expect(byKind);
  }

  /**
   * The graph of a recording and what could not be linked: waits without a recorded cause, edges
   * pointing backwards in time, tasks cut by the recording's start or end.
   */
  record Assembled(
      SegmentGraph graph,
      long unmatchedAwaits,
      long droppedEdges,
      long endsWithoutStart,
      long unfinishedTasks,
      long unplacedGpuWork) {}

  /** Builds the graph; consumes the events of the lanes it walks (they are empty afterwards). */
  static Assembled assemble(RawRecording raw) {
    SegmentGraphBuilder graph = SegmentGraph.builder().origin(raw.originNanos());
    EdgeBook edges = new EdgeBook();
    long endsWithoutStart = 0;
    long unfinished = 0;
    TaskNumbers tasks = new TaskNumbers();
    MonitorHandoffs.splitIntoSignalAndAwait(raw.lanes());
    List<LaneTimeline> lanes = new ArrayList<>(raw.lanes().values());
    // a thread the agent never saw doing anything, or the JDK's own: not part of the workload
    lanes.removeIf(lane -> !lane.hasAgentEvents || JdkServiceThreads.isServiceOnly(lane));
    lanes.sort(Comparator.comparingLong(l -> l.javaThreadId));
    expectFromEvents(lanes, graph, edges);
    for (LaneTimeline lane : lanes) {
      int index = graph.addLane(new Lane(lane.name, lane.javaThreadId));
      LaneWalker walker = new LaneWalker(graph, edges, tasks, lane, index, raw.originNanos());
      walker.walk(raw.endNanos());
      endsWithoutStart += walker.endsWithoutStart;
      unfinished += walker.unfinishedTasks;
      // a lane is walked once: its events (some 30 bytes each, tens of millions in a large
      // recording) need not stay alive through the rest of the assembly and the algorithms
      lane.events.release();
    }
    GpuLanes gpu = GpuLanes.addTo(graph, edges, tasks, raw.gpu(), raw.originNanos());
    edges.addEdgesTo(graph);
    SegmentGraph built = graph.build();
    return new Assembled(
        built,
        edges.unmatchedAwaits(),
        graph.droppedEdges(),
        endsWithoutStart,
        unfinished,
        gpu.unplacedWork);
  }
}
