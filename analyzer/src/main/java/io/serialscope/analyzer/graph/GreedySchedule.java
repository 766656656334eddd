package io.serialscope.analyzer.graph;

import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentKind;

/**
 * A greedy (work-conserving) list schedule of a segment DAG on {@code p} identical processors: a
 * processor never idles while a segment is ready, and a started segment runs to completion
 * (segments are not preempted). Its makespan is the predicted time T_p of DESIGN.md and lies within
 * the Graham/Brent bounds {@code max(T1/p, T∞) <= T_p <= T1/p + T∞}; on one processor it is exactly
 * T1.
 *
 * <p>A task keeps its processor: when a segment finishes and the next segment of the same task is
 * ready at once, that one starts on the freed processor, as a running thread goes on running.
 * Otherwise a thread that hands out work in many short segments (a main thread starting tasks)
 * would lose its processor at every hand-out to the tasks it just started, and the prediction would
 * make it wait for whole tasks to finish before it could start the next one, which no operating
 * system does. Among the other ready segments the one that became ready first starts first, ties
 * going to the lowest index. This mimics the FIFO queues of the executors and fork-join pools that
 * ran the recorded tasks, and it makes the prediction deterministic: the same graph always gives
 * the same T_p.
 *
 * <p>GPU kernels and copies take no CPU processor: each starts as soon as it is ready, on the
 * device that ran it. Their order on a stream is in the graph (stream-order edges), and the CPU
 * segment that waits for them waits through its GPU-sync edge; counting them against the p
 * processors would make a GPU workload look as if its kernels competed with its own CPU threads.
 *
 * <p>Runs in O((V + E) log V) time with primitive arrays only, close to O(V + E) for the usual
 * graph (see {@link ReadyQueue}). All times are nanoseconds from the start of the schedule.
 */
public final class GreedySchedule {
  private final int processors;
  private final long[] startNanos;
  private final long makespanNanos;

  private GreedySchedule(int processors, long[] startNanos, long makespanNanos) {
    this.processors = processors;
    this.startNanos = startNanos;
    this.makespanNanos = makespanNanos;
  }

  /**
   * Schedules {@code graph} on {@code processors} processors, hand-offs free.
   *
   * @param processors number of identical processors, {@code >= 1}
   * @throws IllegalArgumentException when {@code processors < 1}
   */
  public static GreedySchedule run(SegmentGraph graph, int processors) {
    return run(graph, processors, 0);
  }

  /**
   * Schedules {@code graph} on {@code processors} processors where a segment that one CPU lane
   * hands to another becomes ready {@code handOffNanos} after its predecessor ends (the time a
   * woken thread takes to run again, see {@link HandOffLatency}); on one lane, and to or from GPU
   * work, hand-offs stay free. With {@code handOffNanos} 0 this is {@link #run(SegmentGraph, int)}.
   *
   * @param processors number of identical processors, {@code >= 1}
   * @param handOffNanos the cost of one hand-off between CPU lanes, {@code >= 0}
   * @throws IllegalArgumentException when {@code processors < 1} or {@code handOffNanos < 0}
   */
  public static GreedySchedule run(SegmentGraph graph, int processors, long handOffNanos) {
    if (processors < 1) {
      throw new IllegalArgumentException("processors must be >= 1, was " + processors);
    }
    if (handOffNanos < 0) {
      throw new IllegalArgumentException("handOffNanos must be >= 0, was " + handOffNanos);
    }
    int n = graph.segmentCount();
    int[] missingPredecessors = new int[n];
    long[] readyAt = new long[handOffNanos == 0 ? 0 : n]; // with free hand-offs: now
    long[] start = new long[n];
    ReadyQueue ready = new ReadyQueue(n);
    SegmentTimeQueue handedOff = new SegmentTimeQueue(handOffNanos == 0 ? 0 : n);
    SegmentTimeQueue running = new SegmentTimeQueue(n);
    for (int s = 0; s < n; s++) {
      missingPredecessors[s] = graph.predecessorCount(s);
      if (missingPredecessors[s] == 0) {
        release(graph, s, 0, ready, running, start);
      }
    }
    int[] continuing = new int[Math.max(1, Math.min(n, processors))];
    int continuingCount = 0;
    long now = 0;
    int idleProcessors = processors;
    while (true) {
      for (int c = 0; c < continuingCount; c++) { // each takes the processor its task just freed
        int s = continuing[c];
        start[s] = now;
        running.add(now + graph.durationNanos(s), s);
        idleProcessors--;
      }
      continuingCount = 0;
      while (!handedOff.isEmpty() && handedOff.peekTimeNanos() <= now) {
        long readyTime = handedOff.peekTimeNanos();
        release(graph, handedOff.poll(), readyTime, ready, running, start);
      }
      while (idleProcessors > 0 && !ready.isEmpty()) {
        int s = ready.poll();
        start[s] = now;
        running.add(now + graph.durationNanos(s), s);
        idleProcessors--;
      }
      if (running.isEmpty() && handedOff.isEmpty()) {
        break;
      }
      if (running.isEmpty()
          || !handedOff.isEmpty() && handedOff.peekTimeNanos() < running.peekTimeNanos()) {
        now = handedOff.peekTimeNanos(); // a hand-off arrives before anything finishes
        continue;
      }
      // Retire every segment that finishes at the next finish time before starting anything, so
      // that all segments released at that instant compete for the idle processors by priority.
      now = running.peekTimeNanos();
      while (!running.isEmpty() && running.peekTimeNanos() == now) {
        int finished = running.poll();
        if (onCpu(graph, finished)) {
          idleProcessors++;
        }
        int successors = graph.successorCount(finished);
        boolean handedOn = !onCpu(graph, finished);
        for (int i = 0; i < successors; i++) {
          int next = graph.successor(finished, i);
          if (handOffNanos > 0) {
            long release = now + (isHandOff(graph, finished, next) ? handOffNanos : 0);
            readyAt[next] = Math.max(readyAt[next], release);
          }
          if (--missingPredecessors[next] == 0) {
            if (handOffNanos > 0 && readyAt[next] > now) {
              handedOff.add(readyAt[next], next);
            } else if (!handedOn
                && onCpu(graph, next)
                && graph.task(next) == graph.task(finished)) {
              continuing[continuingCount++] = next;
              handedOn = true;
            } else {
              release(graph, next, now, ready, running, start);
            }
          }
        }
      }
    }
    return new GreedySchedule(processors, start, now);
  }

  /**
   * A segment whose predecessors all finished by {@code time}: a CPU segment queues for a
   * processor, GPU work starts at once on its device.
   */
  private static void release(
      SegmentGraph graph,
      int s,
      long time,
      ReadyQueue ready,
      SegmentTimeQueue running,
      long[] start) {
    if (onCpu(graph, s)) {
      ready.add(time, s);
    } else {
      start[s] = time;
      running.add(time + graph.durationNanos(s), s);
    }
  }

  private static boolean onCpu(SegmentGraph graph, int s) {
    return graph.kind(s) == SegmentKind.CPU;
  }

  /** Whether the edge {@code from → to} hands work from one CPU lane to another. */
  private static boolean isHandOff(SegmentGraph graph, int from, int to) {
    return graph.lane(from) != graph.lane(to)
        && graph.kind(from) == SegmentKind.CPU
        && graph.kind(to) == SegmentKind.CPU;
  }

  /** Convenience for {@code run(graph, processors).makespanNanos()}. */
  public static long makespanNanos(SegmentGraph graph, int processors) {
    return makespanNanos(graph, processors, 0);
  }

  /**
   * {@code run(graph, processors, handOffNanos).makespanNanos()}, computed once per graph and
   * arguments: an analysis asks for the same prediction several times. On one processor with free
   * hand-offs and only CPU work it is the work T1 without scheduling: the processor never idles
   * while work is left (GPU and I/O segments take no processor, so they can overlap it).
   */
  public static long makespanNanos(SegmentGraph graph, int processors, long handOffNanos) {
    if (processors == 1 && handOffNanos == 0) {
      long work = 0;
      boolean cpuOnly = true;
      for (int s = 0; s < graph.segmentCount() && cpuOnly; s++) {
        work += graph.durationNanos(s);
        cpuOnly = onCpu(graph, s);
      }
      if (cpuOnly) {
        return work;
      }
    }
    return graph.derived(
        new Makespan(processors, handOffNanos),
        () -> run(graph, processors, handOffNanos).makespanNanos());
  }

  /** The key of a memorized makespan. */
  private record Makespan(int processors, long handOffNanos) {}

  /** T_p in nanoseconds: when the last segment finishes; 0 for a graph without segments. */
  public long makespanNanos() {
    return makespanNanos;
  }

  /** The processor count this schedule was made for. */
  public int processors() {
    return processors;
  }

  /** When segment {@code s} starts in this schedule, nanoseconds after the schedule's start. */
  public long startNanos(int s) {
    return startNanos[s];
  }
}
