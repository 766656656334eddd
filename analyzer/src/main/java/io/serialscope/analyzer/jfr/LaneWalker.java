package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one thread's timeline into segments. The thread's body is the bottom task; tasks it runs
 * (executor, fork/join, async stages) stack on top and never inherit order from each other. Every
 * event that is the source or target of an edge cuts the running segment; blocked time yields no
 * segment; instrumented-method labels divide a segment's time without cutting it.
 */
final class LaneWalker {
  private final SegmentGraphBuilder graph;
  private final EdgeBook edges;
  private final TaskNumbers taskNumbers;
  private final LaneTimeline lane;
  private final int laneIndex;
  private final long origin;
  private final ArrayDeque<Frame> stack = new ArrayDeque<>();
  private final Frame body;

  /** The running segment's time so far by label: {@code partNanos[i]} for {@code partLabels[i]}. */
  private int[] partLabels = new int[4];

  private long[] partNanos = new long[4];
  private int parts;
  private long openSince = -1;

  /** Segments closed since the last CPU-time reading, to be corrected at the next one. */
  private int[] sinceCpuReading = new int[16];

  private int sinceCpuReadingCount;

  private long lastCpuNanos = -1;
  private long partStart;
  private int blockDepth;

  /** When the blocking read or write in progress began, or -1. */
  private long ioSince = -1;

  private String ioLabel;
  private boolean schedulerLane;

  /** Tasks whose end was recorded but not their start (they began before the recording). */
  int endsWithoutStart;

  /** Tasks still running when the lane ended (the recording stopped first). */
  int unfinishedTasks;

  private boolean bodyEnded;

  /** A task running on this lane. */
  private static final class Frame {
    final long taskId;
    final int taskNumber;
    String label;
    final ArrayDeque<String> labels = new ArrayDeque<>();
    int lastSegment = -1;
    boolean firstPending = true;
    boolean resumePending;

    /** Incoming edges of the next segment: what it waited for (an AWAIT, ACQUIRE, TAKE...). */
    final List<LaneEvent> waitsPending = new ArrayList<>(1);

    /** The segment that ran this task inline, for a task whose spawn was not recorded. */
    final int inlineCaller;

    Frame(long taskId, int taskNumber, String label, int inlineCaller) {
      this.taskId = taskId;
      this.taskNumber = taskNumber;
      this.label = label;
      this.inlineCaller = inlineCaller;
    }
  }

  LaneWalker(
      SegmentGraphBuilder graph,
      EdgeBook edges,
      TaskNumbers taskNumbers,
      LaneTimeline lane,
      int laneIndex,
      long origin) {
    this.graph = graph;
    this.edges = edges;
    this.taskNumbers = taskNumbers;
    this.lane = lane;
    this.laneIndex = laneIndex;
    this.origin = origin;
    this.body = new Frame(-lane.javaThreadId, taskNumbers.next(), lane.name, -1);
    stack.push(body);
  }

  /** Walks the lane; {@code laneEndNanos} is when the thread ended or the recording stopped. */
  void walk(long laneEndNanos) {
    if (lane.events.isEmpty()) {
      return;
    }
    LaneEvents events = lane.events;
    // Where the agent saw the thread's body start (the main thread: once the agent was installed),
    // what came before is the JVM's and the agent's set-up: class rewriting, file reads.
    int bodyStart = 0;
    for (int i = 0; i < events.size(); i++) {
      if (events.kind(i) == LaneEvent.Kind.TASK_START && events.id(i) == body.taskId) {
        bodyStart = i;
        break;
      }
    }
    long first = events.timeNanos(bodyStart);
    long start =
        bodyStart == 0
                && lane.threadStartNanos >= origin
                && !JdkServiceThreads.waitsBeforeItsWork(lane)
            ? Math.min(first, lane.threadStartNanos)
            : first;
    open(start);
    for (int i = bodyStart; i < events.size(); i++) {
      handle(events, i);
      long cpuNanos = events.cpuNanos(i);
      if (cpuNanos >= 0) {
        correctToCpuTime(cpuNanos);
      }
    }
    long last = events.timeNanos(events.size() - 1);
    long end =
        Math.max(last, lane.threadEndNanos != Long.MIN_VALUE ? lane.threadEndNanos : laneEndNanos);
    close(end);
    unfinishedTasks = stack.size() - 1;
    if (!bodyEnded && lane.threadEndNanos != Long.MIN_VALUE) {
      signalFrom(body, body.lastSegment, body.taskId, end);
    }
  }

  private void handle(LaneEvents events, int i) {
    long t = events.timeNanos(i);
    LaneEvent.Kind kind = events.kind(i);
    switch (kind) {
      case TASK_START -> startTask(events.id(i), events.text(i), t);
      case TASK_END -> endTask(events.id(i), t);
      case SPAWN, SIGNAL, UNPARK, PUT -> {
        int task = stack.peek().taskNumber;
        int seg = cut(t);
        if (seg < 0 && kind == LaneEvent.Kind.SIGNAL) {
          seg = stack.peek().lastSegment; // released while not running: its last work counts
        }
        if (seg >= 0) {
          long id = events.id(i);
          switch (kind) {
            case SPAWN -> edges.spawn(id, seg, t, task);
            case SIGNAL -> edges.signal(id, seg, t, task);
            case UNPARK -> edges.unpark(id, seg, t, task);
            default -> edges.put(id, seg, t, task);
          }
        }
      }
      case GPU_SUBMIT -> {
        int task = stack.peek().taskNumber;
        int seg = cut(t);
        if (seg < 0) {
          seg = stack.peek().lastSegment; // enqueued while blocked (a blocking copy): last work
        }
        if (seg >= 0) {
          edges.gpuSubmit(events.id(i), new EdgeBook.Point(seg, t, task));
        }
      }
      case AWAIT, ACQUIRE, TAKE, GPU_RESUME -> {
        close(t);
        stack.peek().waitsPending.add(events.get(i));
        open(t);
      }
      case BLOCK_START -> {
        if (blockDepth++ == 0) {
          close(t);
        }
      }
      case BLOCK_END -> endBlock(t);
      case IO_START -> startIo(events.text(i), t);
      case IO_END -> endIo(t);
      case SCHEDULER_LOOP -> {
        close(t);
        schedulerLane = true;
        open(t);
      }
      case LABEL_ENTER -> {
        switchLabel(t);
        stack.peek().labels.push(shortLabel(events.text(i)));
      }
      case LABEL_EXIT -> {
        switchLabel(t);
        stack.peek().labels.poll();
      }
    }
  }

  /**
   * Between two readings of the thread's CPU time, the segments that ran could not have needed more
   * processor time than the thread got: when it waited for a core (an oversubscribed machine),
   * their wall time is scaled down to the CPU time. Never scaled up: the clocks differ by their
   * granularity.
   */
  private void correctToCpuTime(long cpuNanos) {
    if (lastCpuNanos >= 0 && sinceCpuReadingCount > 0) {
      long wall = 0;
      for (int i = 0; i < sinceCpuReadingCount; i++) {
        wall += graph.durationNanos(sinceCpuReading[i]);
      }
      long cpu = cpuNanos - lastCpuNanos;
      if (cpu >= 0 && cpu < wall) {
        double factor = (double) cpu / wall;
        for (int i = 0; i < sinceCpuReadingCount; i++) {
          int seg = sinceCpuReading[i];
          graph.shortenSegment(seg, Math.round(graph.durationNanos(seg) * factor));
        }
      }
    }
    sinceCpuReadingCount = 0;
    lastCpuNanos = cpuNanos;
  }

  private void startTask(long taskId, String label, long t) {
    if (taskId == body.taskId) {
      if (label != null) {
        body.label = label;
      }
      if (body.lastSegment < 0 && openSince >= 0) {
        // the body starts here: what came before was the JVM starting the thread
        resetOpen(t);
      }
      return;
    }
    close(t);
    int caller = stack.peek().lastSegment;
    stack.push(new Frame(taskId, taskNumbers.next(), label == null ? "task" : label, caller));
    open(t);
  }

  private void endTask(long taskId, long t) {
    if (taskId == body.taskId) {
      int seg = close(t);
      signalFrom(body, seg, taskId, t);
      bodyEnded = true;
      return;
    }
    boolean known = false;
    for (Frame f : stack) {
      if (f.taskId == taskId && f != body) {
        known = true;
        break;
      }
    }
    if (!known) {
      endsWithoutStart++; // started before the recording: nothing to end
      return;
    }
    int seg = close(t);
    Frame ended;
    do {
      ended = stack.pop();
    } while (ended.taskId != taskId);
    signalFrom(ended, seg >= 0 ? seg : ended.lastSegment, taskId, t);
    open(t);
  }

  /**
   * A blocking read or write: the running segment ends, and the wait becomes a segment of its own
   * (kind {@link SegmentKind#IO_WAIT}) in the same task, so that time spent waiting for a disk or
   * the network stays on the task's path without counting as processor time.
   */
  private void startIo(String what, long t) {
    if (blockDepth > 0 || ioSince >= 0 || !counts(stack.peek())) {
      return;
    }
    close(t);
    ioSince = t;
    ioLabel = what;
  }

  private void endIo(long t) {
    if (ioSince < 0) {
      return;
    }
    Frame top = stack.peek();
    long duration = Math.max(0, t - ioSince);
    int seg =
        graph.addSegment(
            ioSince - origin,
            duration,
            laneIndex,
            top.taskNumber,
            SegmentKind.IO_WAIT,
            new int[] {graph.label(ioLabel)},
            new long[] {duration});
    register(top, seg, ioSince);
    ioSince = -1;
    open(t);
  }

  private void endBlock(long t) {
    if (blockDepth == 0) {
      if (stack.size() == 1 && body.lastSegment < 0) {
        // blocked since before the recording saw this thread: that time was not work
        openSince = -1;
        body.resumePending = true;
        open(t);
      }
      return;
    }
    if (--blockDepth == 0) {
      stack.peek().resumePending = true;
      open(t);
    }
  }

  private void signalFrom(Frame f, int segment, long id, long t) {
    int source = segment >= 0 ? segment : f.lastSegment;
    if (source >= 0) {
      edges.signal(id, source, t, f.taskNumber);
    }
  }

  /** Ends the running segment at {@code t} and starts the next one of the same task. */
  private int cut(long t) {
    int seg = close(t);
    open(t);
    return seg;
  }

  private boolean counts(Frame f) {
    return f != body || (!schedulerLane && !bodyEnded);
  }

  private void open(long t) {
    if (blockDepth > 0 || ioSince >= 0 || !counts(stack.peek())) {
      openSince = -1;
      return;
    }
    resetOpen(t);
  }

  private void resetOpen(long t) {
    openSince = t;
    partStart = t;
    parts = 0;
  }

  private void switchLabel(long t) {
    if (openSince >= 0) {
      addPart(t);
      partStart = t;
    }
  }

  private void addPart(long t) {
    int label = graph.label(currentLabel());
    long nanos = Math.max(0, t - partStart);
    for (int i = 0; i < parts; i++) {
      if (partLabels[i] == label) {
        partNanos[i] += nanos;
        return;
      }
    }
    if (parts == partLabels.length) {
      partLabels = Arrays.copyOf(partLabels, 2 * parts);
      partNanos = Arrays.copyOf(partNanos, 2 * parts);
    }
    partLabels[parts] = label;
    partNanos[parts++] = nanos;
  }

  private String currentLabel() {
    Frame top = stack.peek();
    String inner = top.labels.peek();
    return inner != null ? inner : top.label;
  }

  /** Creates the segment running since {@link #openSince}; returns its id or -1 when none ran. */
  private int close(long t) {
    Frame top = stack.peek();
    if (openSince < 0 || !counts(top)) {
      openSince = -1;
      top.waitsPending.clear();
      top.resumePending = false;
      return -1;
    }
    long start = openSince;
    long end = Math.max(t, start);
    addPart(end);
    dropEmptyParts();
    int seg =
        graph.addSegment(
            start - origin,
            end - start,
            laneIndex,
            top.taskNumber,
            SegmentKind.CPU,
            partLabels,
            partNanos,
            parts);
    openSince = -1;
    if (sinceCpuReadingCount == sinceCpuReading.length) {
      sinceCpuReading = Arrays.copyOf(sinceCpuReading, 2 * sinceCpuReadingCount);
    }
    sinceCpuReading[sinceCpuReadingCount++] = seg;
    register(top, seg, start);
    return seg;
  }

  /** Drops parts without time, in order, as long as more than one part is left. */
  private void dropEmptyParts() {
    int remaining = parts;
    int kept = 0;
    for (int i = 0; i < parts; i++) {
      if (remaining > 1 && partNanos[i] == 0) {
        remaining--;
        continue;
      }
      partLabels[kept] = partLabels[i];
      partNanos[kept++] = partNanos[i];
    }
    parts = kept;
  }

  private void register(Frame top, int seg, long start) {
    if (top.lastSegment >= 0) {
      graph.addEdge(top.lastSegment, seg, EdgeKind.PROGRAM_ORDER);
    }
    top.lastSegment = seg;
    int task = top.taskNumber;
    if (top.firstPending) {
      edges.taskFirstSegment(top.taskId, seg, start, task, top.inlineCaller);
      top.firstPending = false;
    }
    for (LaneEvent w : top.waitsPending) {
      switch (w.kind()) {
        case AWAIT -> edges.await(w.id(), seg, start, task);
        case ACQUIRE -> edges.acquire(w.id(), seg, start, task);
        case GPU_RESUME -> edges.gpuResume(w.id(), new EdgeBook.Point(seg, start, task));
        default -> edges.take(w.id(), seg, start, task);
      }
    }
    top.waitsPending.clear();
    if (top.resumePending) {
      edges.resume(lane.javaThreadId, seg, start, task);
      top.resumePending = false;
    }
  }

  /** {@code io.acme.Mlp.forward} becomes {@code Mlp.forward}. */
  static String shortLabel(String method) {
    if (method == null) {
      return "method";
    }
    int lastDot = method.lastIndexOf('.');
    int typeDot = lastDot > 0 ? method.lastIndexOf('.', lastDot - 1) : -1;
    return typeDot >= 0 ? method.substring(typeDot + 1) : method;
  }
}
