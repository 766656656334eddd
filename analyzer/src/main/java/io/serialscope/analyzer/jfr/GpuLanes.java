package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a recording's GPU work into lanes (one per stream), segments (one per kernel or copy, each
 * its own task) and edges: CPU launch → work, stream order, event record → stream wait, and the
 * last awaited work → the CPU segment that resumed after a synchronize or blocking copy. Runs after
 * the CPU lanes were walked, which registered the enqueueing and resuming CPU segments.
 */
final class GpuLanes {
  /** A kernel or copy placed on the recording's clock, and its segment. */
  private record Placed(GpuRecording.Work work, long startNanos, long endNanos, int segment) {}

  private final Map<Long, List<Placed>> byStream = new TreeMap<>();
  private final Map<Long, Placed> byCorrelation = new HashMap<>();

  /** Device work whose clock anchor is missing from the recording: it cannot be placed. */
  long unplacedWork;

  /** Adds the GPU lanes, segments and edges of {@code gpu} to {@code graph}. */
  static GpuLanes addTo(
      SegmentGraphBuilder graph, EdgeBook edges, TaskNumbers tasks, GpuRecording gpu, long origin) {
    GpuLanes lanes = new GpuLanes();
    lanes.place(gpu);
    lanes.addSegments(graph, tasks, origin);
    lanes.addLaunchEdges(graph, edges);
    lanes.addSyncEdges(graph, edges, gpu);
    lanes.addStreamWaitEdges(graph, gpu);
    return lanes;
  }

  private void place(GpuRecording gpu) {
    for (GpuRecording.Work w : gpu.works) {
      Long anchor = gpu.anchorNanos.get(w.anchorId());
      if (anchor == null) {
        unplacedWork++;
        continue;
      }
      long start = anchor + w.startAfterAnchorNanos();
      long end = Math.max(start, anchor + w.endAfterAnchorNanos());
      byStream
          .computeIfAbsent(w.streamId(), s -> new ArrayList<>())
          .add(new Placed(w, start, end, -1));
    }
  }

  /** A stream runs its work in enqueue order, which is correlation-id order. */
  private void addSegments(SegmentGraphBuilder graph, TaskNumbers tasks, long origin) {
    int streamNumber = 0;
    for (Map.Entry<Long, List<Placed>> stream : byStream.entrySet()) {
      List<Placed> works = stream.getValue();
      works.sort(Comparator.comparingLong(p -> p.work().correlationId()));
      String name = stream.getKey() == 0 ? "GPU default stream" : "GPU stream " + (++streamNumber);
      int lane = graph.addLane(new Lane(name, -1));
      int previous = -1;
      for (int i = 0; i < works.size(); i++) {
        Placed p = works.get(i);
        long duration = p.endNanos() - p.startNanos();
        String label = p.work().label() == null ? "GPU work" : p.work().label();
        int segment =
            graph.addSegment(
                p.startNanos() - origin,
                duration,
                lane,
                tasks.next(),
                p.work().copy() ? SegmentKind.GPU_COPY : SegmentKind.GPU_KERNEL,
                new int[] {graph.label(label)},
                new long[] {duration});
        Placed withSegment = new Placed(p.work(), p.startNanos(), p.endNanos(), segment);
        works.set(i, withSegment);
        byCorrelation.put(p.work().correlationId(), withSegment);
        if (previous >= 0) {
          graph.addEdge(previous, segment, EdgeKind.STREAM_ORDER);
        }
        previous = segment;
      }
    }
  }

  private void addLaunchEdges(SegmentGraphBuilder graph, EdgeBook edges) {
    for (Placed p : byCorrelation.values()) {
      EdgeBook.Point launch = edges.gpuSubmit(p.work().correlationId());
      if (launch != null) {
        graph.addEdge(launch.segment(), p.segment(), EdgeKind.GPU_LAUNCH);
      }
    }
  }

  private void addSyncEdges(SegmentGraphBuilder graph, EdgeBook edges, GpuRecording gpu) {
    for (int key = 0; key < gpu.waits.size(); key++) {
      EdgeBook.Point resume = edges.gpuResume(key);
      if (resume == null) {
        continue; // the thread resumed outside any task: nothing depends on it
      }
      GpuRecording.Wait wait = gpu.waits.get(key);
      if (wait.awaitedCorrelationId() != 0) {
        Placed awaited = byCorrelation.get(wait.awaitedCorrelationId());
        if (awaited != null) {
          graph.addEdge(awaited.segment(), resume.segment(), EdgeKind.GPU_SYNC);
        }
        continue;
      }
      for (Map.Entry<Long, List<Placed>> stream : byStream.entrySet()) {
        if (wait.streamId() == -1 || wait.streamId() == stream.getKey()) {
          Placed last = lastEnqueuedBefore(stream.getValue(), gpu, wait.beganNanos());
          if (last != null) {
            graph.addEdge(last.segment(), resume.segment(), EdgeKind.GPU_SYNC);
          }
        }
      }
    }
  }

  /** The latest work of a stream (in enqueue order) enqueued at or before {@code nanos}. */
  private static Placed lastEnqueuedBefore(List<Placed> works, GpuRecording gpu, long nanos) {
    for (int i = works.size() - 1; i >= 0; i--) {
      Long submitted = gpu.submitNanos.get(works.get(i).work().correlationId());
      if (submitted != null && submitted <= nanos) {
        return works.get(i);
      }
    }
    return null;
  }

  private void addStreamWaitEdges(SegmentGraphBuilder graph, GpuRecording gpu) {
    for (GpuRecording.StreamWait wait : gpu.streamWaits) {
      Placed awaited = byCorrelation.get(wait.awaitedCorrelationId());
      List<Placed> waiting = byStream.get(wait.streamId());
      if (awaited == null || waiting == null) {
        continue;
      }
      for (Placed p : waiting) { // enqueue order: the first one after the wait
        if (p.work().correlationId() > wait.correlationId()) {
          graph.addEdge(awaited.segment(), p.segment(), EdgeKind.GPU_STREAM_WAIT);
          break;
        }
      }
    }
  }
}
