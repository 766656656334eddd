package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import io.serialscope.analyzer.model.SegmentKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
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
  private final List<Integer> partLabels = new ArrayList<>();
  private final List<Long> partNanos = new ArrayList<>();
  private long openSince = -1;

  /** Segments closed since the last CPU-time reading, to be corrected at the next one. */
  private final List<Integer> sinceCpuReading = new ArrayList<>();

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
    // Where the agent saw the thread's body start (the main thread: once the agent was installed),
    // what came before is the JVM's and the agent's set-up: class rewriting, file reads.
    int bodyStart = 0;
    for (int i = 0; i < lane.events.size(); i++) {
      LaneEvent e = lane.events.get(i);
      if (e.kind() == LaneEvent.Kind.TASK_START && e.id() == body.taskId) {
        bodyStart = i;
        break;
      }
    }
    long first = lane.events.get(bodyStart).timeNanos();
    long start =
        bodyStart == 0
                && lane.threadStartNanos >= origin
                && !JdkServiceThreads.waitsBeforeItsWork(lane)
            ? Math.min(first, lane.threadStartNanos)
            : first;
    open(start);
    for (LaneEvent e : lane.events.subList(bodyStart, lane.events.size())) {
      handle(e);
      if (e.cpuNanos() >= 0) {
        correctToCpuTime(e.cpuNanos());
      }
    }
    long last = lane.events.get(lane.events.size() - 1).timeNanos();
    long end =
        Math.max(last, lane.threadEndNanos != Long.MIN_VALUE ? lane.threadEndNanos : laneEndNanos);
    close(end);
    unfinishedTasks = stack.size() - 1;
    if (!bodyEnded && lane.threadEndNanos != Long.MIN_VALUE) {
      signalFrom(body, body.lastSegment, body.taskId, end);
    }
  }

  private void handle(LaneEvent e) {
    long t = e.timeNanos();
    switch (e.kind()) {
      case TASK_START -> startTask(e, t);
      case TASK_END -> endTask(e.id(), t);
      case SPAWN, SIGNAL, UNPARK, PUT -> {
        int task = stack.peek().taskNumber;
        int seg = cut(t);
        if (seg < 0 && e.kind() == LaneEvent.Kind.SIGNAL) {
          seg = stack.peek().lastSegment; // released while not running: its last work counts
        }
        if (seg >= 0) {
          EdgeBook.Point from = new EdgeBook.Point(seg, t, task);
          switch (e.kind()) {
            case SPAWN -> edges.spawn(e.id(), from);
            case SIGNAL -> edges.signal(e.id(), from);
            case UNPARK -> edges.unpark(e.id(), from);
            default -> edges.put(e.id(), from);
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
          edges.gpuSubmit(e.id(), new EdgeBook.Point(seg, t, task));
        }
      }
      case AWAIT, ACQUIRE, TAKE, GPU_RESUME -> {
        close(t);
        stack.peek().waitsPending.add(e);
        open(t);
      }
      case BLOCK_START -> {
        if (blockDepth++ == 0) {
          close(t);
        }
      }
      case BLOCK_END -> endBlock(t);
      case IO_START -> startIo(e, t);
      case IO_END -> endIo(t);
      case SCHEDULER_LOOP -> {
        close(t);
        schedulerLane = true;
        open(t);
      }
      case LABEL_ENTER -> {
        switchLabel(t);
        stack.peek().labels.push(shortLabel(e.text()));
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
    if (lastCpuNanos >= 0 && !sinceCpuReading.isEmpty()) {
      long wall = 0;
      for (int seg : sinceCpuReading) {
        wall += graph.durationNanos(seg);
      }
      long cpu = cpuNanos - lastCpuNanos;
      if (cpu >= 0 && cpu < wall) {
        double factor = (double) cpu / wall;
        for (int seg : sinceCpuReading) {
          graph.shortenSegment(seg, Math.round(graph.durationNanos(seg) * factor));
        }
      }
    }
    sinceCpuReading.clear();
    lastCpuNanos = cpuNanos;
  }

  private void startTask(LaneEvent e, long t) {
    if (e.id() == body.taskId) {
      if (e.text() != null) {
        body.label = e.text();
      }
      if (body.lastSegment < 0 && openSince >= 0) {
        // the body starts here: what came before was the JVM starting the thread
        resetOpen(t);
      }
      return;
    }
    close(t);
    int caller = stack.peek().lastSegment;
    stack.push(new Frame(e.id(), taskNumbers.next(), e.text() == null ? "task" : e.text(), caller));
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
  private void startIo(LaneEvent e, long t) {
    if (blockDepth > 0 || ioSince >= 0 || !counts(stack.peek())) {
      return;
    }
    close(t);
    ioSince = t;
    ioLabel = e.text();
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
      edges.signal(id, new EdgeBook.Point(source, t, f.taskNumber));
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
    partLabels.clear();
    partNanos.clear();
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
    int i = partLabels.indexOf(label);
    if (i >= 0) {
      partNanos.set(i, partNanos.get(i) + nanos);
    } else {
      partLabels.add(label);
      partNanos.add(nanos);
    }
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
    int[] labels = new int[partLabels.size()];
    long[] nanos = new long[partNanos.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = partLabels.get(i);
      nanos[i] = partNanos.get(i);
    }
    int seg =
        graph.addSegment(
            start - origin, end - start, laneIndex, top.taskNumber, SegmentKind.CPU, labels, nanos);
    openSince = -1;
    sinceCpuReading.add(seg);
    register(top, seg, start);
    return seg;
  }

  private void dropEmptyParts() {
    if (partLabels.size() < 2) {
      return;
    }
    Iterator<Long> n = partNanos.iterator();
    Iterator<Integer> l = partLabels.iterator();
    while (n.hasNext() && partLabels.size() > 1) {
      l.next();
      if (n.next() == 0) {
        n.remove();
        l.remove();
      }
    }
  }

  private void register(Frame top, int seg, long start) {
    if (top.lastSegment >= 0) {
      graph.addEdge(top.lastSegment, seg, EdgeKind.PROGRAM_ORDER);
    }
    top.lastSegment = seg;
    EdgeBook.Point here = new EdgeBook.Point(seg, start, top.taskNumber);
    if (top.firstPending) {
      edges.taskFirstSegment(top.taskId, here, top.inlineCaller);
      top.firstPending = false;
    }
    for (LaneEvent w : top.waitsPending) {
      switch (w.kind()) {
        case AWAIT -> edges.await(w.id(), here);
        case ACQUIRE -> edges.acquire(w.id(), here);
        case GPU_RESUME -> edges.gpuResume(w.id(), here);
        default -> edges.take(w.id(), here);
      }
    }
    top.waitsPending.clear();
    if (top.resumePending) {
      edges.resume(lane.javaThreadId, here);
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
