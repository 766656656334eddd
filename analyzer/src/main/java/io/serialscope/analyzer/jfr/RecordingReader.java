package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.RecordedText;
import io.serialscope.analyzer.insight.ExecutionSample;
import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import io.serialscope.analyzer.jfr.format.EventView;
import io.serialscope.analyzer.jfr.format.EventView.ThreadView;
import io.serialscope.analyzer.jfr.format.FastRecordingFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a .jfr file into per-thread timelines: the agent's events, plus JFR's own blocking events
 * (sleep, monitor wait, monitor enter) as blocked intervals, thread start/end, the CPU, and the
 * execution samples (for flame graphs).
 */
public final class RecordingReader {
  private static final Pattern BRAND = Pattern.compile("Brand: ([^,\\n]+)");

  /** JFR's blocking I/O events and the label their time gets on the critical path. */
  private static final Map<String, String> IO_NAMES =
      Map.of(
          "jdk.FileRead", "file read",
          "jdk.FileWrite", "file write",
          "jdk.SocketRead", "socket read",
          "jdk.SocketWrite", "socket write");

  private static final Map<String, Kind> AGENT_KINDS =
      Map.ofEntries(
          Map.entry(EventNames.TASK_START, Kind.TASK_START),
          Map.entry(EventNames.TASK_END, Kind.TASK_END),
          Map.entry(EventNames.SPAWN, Kind.SPAWN),
          Map.entry(EventNames.SIGNAL, Kind.SIGNAL),
          Map.entry(EventNames.AWAIT, Kind.AWAIT),
          Map.entry(EventNames.BLOCK_START, Kind.BLOCK_START),
          Map.entry(EventNames.BLOCK_END, Kind.BLOCK_END),
          Map.entry(EventNames.UNPARK, Kind.UNPARK),
          Map.entry(EventNames.SCHEDULER_LOOP, Kind.SCHEDULER_LOOP),
          Map.entry(EventNames.LABEL_ENTER, Kind.LABEL_ENTER),
          Map.entry(EventNames.LABEL_EXIT, Kind.LABEL_EXIT),
          Map.entry(EventNames.ACQUIRE, Kind.ACQUIRE),
          Map.entry(EventNames.PUT, Kind.PUT),
          Map.entry(EventNames.TAKE, Kind.TAKE));

  private final Map<Long, LaneTimeline> lanes = new HashMap<>();
  private final GpuEventReader gpu = new GpuEventReader();
  private final List<String> warnings = new ArrayList<>();
  private long origin = Long.MAX_VALUE;
  private long end = Long.MIN_VALUE;
  private long agentEvents;
  private int availableProcessors = -1;
  private int hwThreads = -1;
  private int cores = -1;
  private String cpuModel = "unknown";
  private final List<String> skippedTypes = new ArrayList<>();
  private long unrecordedLockOperations;
  private long mergedTasks;
  private long mergedTaskNanos;
  private long mergeThresholdNanos;
  private long sampledLockHandoffs;
  private long suppressedExceptions;

  /** Time the agent spent rewriting loading classes on the workload's threads. */
  private long agentWorkNanos;

  private final JfrDataLoss dataLoss = new JfrDataLoss();
  private final List<ExecutionSample> samples = new ArrayList<>();
  private boolean partial;
  private long lastLaneId = -1;
  private LaneTimeline lastLane;
  private ThreadView lastThread;
  private boolean[] kindKnown = new boolean[64];
  private Kind[] kindByType = new Kind[64];

  /** One String per distinct frame name: a recording repeats the same frames very often. */
  private final Map<String, String> frameNames = new HashMap<>();

  /** See {@link #text(String)}. */
  private final Map<String, String> texts = new HashMap<>();

  private final Map<String, String> reasons = new HashMap<>();

  private final HardwareEvents hardwareEvents = new HardwareEvents();

  /**
   * System property that selects the reader: {@value #FAST_READER_OFF} reads every file with the
   * JDK's {@code RecordingFile} (for comparisons), {@value #FAST_READER_ONLY} with ours only;
   * otherwise ours goes first and {@code RecordingFile} reads what it refuses.
   */
  public static final String READER_PROPERTY = "serialscope.jfrReader";

  public static final String FAST_READER_OFF = "jdk";

  /** Value of {@link #READER_PROPERTY}: our reader only, its refusal an error (for tests). */
  public static final String FAST_READER_ONLY = "fast";

  private RecordingReader() {}

  /**
   * Reads {@code file}; a damaged tail is reported as a warning, not an error. A directory is read
   * as a JFR repository (what a JVM killed before it could write its recording leaves behind):
   * every chunk file in it, or in its sub-directories one level down, in name order, each as far as
   * it can be read.
   */
  static RawRecording read(Path file) throws RecordingException {
    RecordingReader reader = new RecordingReader();
    if (Files.isDirectory(file)) {
      List<Path> chunks = RepositoryChunks.find(file);
      reader.warnings.add(
          "Salvaged from the JFR repository "
              + file
              + " ("
              + chunks.size()
              + " chunk file(s)): the recording was never completed, so its last moments may be"
              + " missing.");
      reader.partial = true;
      for (Path chunk : chunks) {
        reader.readAll(chunk, false);
      }
      if (reader.origin == Long.MAX_VALUE) {
        throw new RecordingException(
            file + " is a JFR repository, but none of its chunk files could be read");
      }
      return reader.result(file);
    }
    if (!Files.exists(file)) {
      throw new RecordingException("no such recording: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new RecordingException("cannot read " + file + ": permission denied");
    }
    try {
      if (Files.size(file) == 0) {
        throw new RecordingException(
            file
                + " is empty: the recording was never written (if the JVM was killed, analyze"
                + " its JFR repository directory instead)");
      }
    } catch (IOException e) {
      throw new RecordingException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String choice = System.getProperty(READER_PROPERTY, "");
    if (choice.equals(FAST_READER_ONLY)) {
      reader.readFastOrThrow(file);
      return reader.result(file);
    }
    if (!choice.equals(FAST_READER_OFF) && reader.readFast(file)) {
      return reader.result(file);
    }
    reader = new RecordingReader(); // what the fast reader saw so far is dropped
    reader.readAll(file, true);
    return reader.result(file);
  }

  /**
   * Reads the whole file with our own reader of the chunk format; false when it left the file to
   * {@link #readAll}: a format it does not know, damage, or anything that made the events throw.
   * Whatever it read then is thrown away, so damaged files get exactly {@code RecordingFile}'s
   * outcome.
   */
  private void readFastOrThrow(Path file) throws RecordingException {
    try {
      readFastCounting(file);
    } catch (IOException | RuntimeException e) {
      throw new RecordingException("the fast reader refused " + file + ": " + e, e);
    }
  }

  private boolean readFast(Path file) {
    try {
      readFastCounting(file);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** As {@link #readAll}, it counts the events for JFR's lost-event estimate. */
  private void readFastCounting(Path file) throws IOException {
    long[] read = {0};
    FastRecordingFile.read(
        file,
        RecordedField.values(),
        event -> {
          accept(event);
          read[0]++;
        });
    dataLoss.addRead(read[0], file);
  }

  private void readAll(Path file, boolean onlyFile) throws RecordingException {
    long read = 0;
    RecordedEventView view = new RecordedEventView();
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        accept(view.of(recording.readEvent()));
        read++;
      }
    } catch (IOException | RuntimeException e) {
      if (read == 0 && onlyFile) {
        throw new RecordingException(
            file + " is not a readable JFR recording (" + e.getMessage() + ")", e);
      }
      partial = true;
      warnings.add(
          read == 0
              ? "Chunk "
                  + file.getFileName()
                  + " could not be read at all ("
                  + e.getMessage()
                  + ")."
              : "The recording "
                  + (onlyFile ? "" : "chunk " + file.getFileName() + " ")
                  + "is damaged or truncated after "
                  + read
                  + " events; the analysis covers what could be read.");
    }
    dataLoss.addRead(read, file); // the mean event size behind JFR's lost-event estimate
  }

  private void accept(EventView event) {
    String name = event.typeName();
    long start = event.startNanos();
    long stop = event.endNanos();
    origin = Math.min(origin, start);
    end = Math.max(end, stop);
    Kind kind = agentKind(event.typeIndex(), name);
    if (kind != null) {
      agentEvents++;
      acceptAgentEvent(event, kind, start);
      return;
    }
    switch (name) {
      case "jdk.ThreadSleep", "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter" -> {
        LaneTimeline lane = lane(event.getThread(RecordedField.EVENT_THREAD));
        if (lane != null) {
          String reason = name.substring("jdk.".length());
          lane.events.add(start, Kind.BLOCK_START, 0, reason, -1);
          lane.events.add(stop, Kind.BLOCK_END, 0, reason, -1);
          ThreadView from = handoffSource(event, name);
          if (from != null && from.javaThreadId() > 0) {
            lane.events.add(stop, Kind.MONITOR_HANDOFF, from.javaThreadId(), null, -1);
          }
        }
      }
      case "jdk.FileRead", "jdk.FileWrite", "jdk.SocketRead", "jdk.SocketWrite" -> {
        LaneTimeline lane = lane(event.getThread(RecordedField.EVENT_THREAD));
        if (lane != null && stop > start) {
          String what = IO_NAMES.get(name);
          lane.events.add(new LaneEvent(start, Kind.IO_START, 0, what));
          lane.events.add(new LaneEvent(stop, Kind.IO_END, 0, what));
        }
      }
      case EventNames.AGENT_WORK -> {
        // the agent rewriting a loading class on this thread: its time, not the workload's
        LaneTimeline lane = lane(event.getThread(RecordedField.EVENT_THREAD));
        if (lane != null && stop > start) {
          lane.events.add(
              new LaneEvent(
                  start,
                  Kind.BLOCK_START,
                  0,
                  "AgentWork",
                  event.getLong(RecordedField.CPU_START_NANOS)));
          lane.events.add(
              new LaneEvent(
                  stop,
                  Kind.BLOCK_END,
                  0,
                  "AgentWork",
                  event.getLong(RecordedField.CPU_END_NANOS)));
          agentWorkNanos += stop - start;
        }
      }
      case "jdk.ThreadStart" -> {
        LaneTimeline lane = lane(event.getThread(RecordedField.THREAD));
        if (lane != null) {
          lane.threadStartNanos = start;
        }
      }
      case "jdk.ThreadEnd" -> {
        LaneTimeline lane = lane(event.getThread(RecordedField.THREAD));
        if (lane != null) {
          lane.threadEndNanos = start;
        }
      }
      case "jdk.CPUInformation" -> readCpu(event);
      case "jdk.ExecutionSample" -> readSample(event, start);
      case EventNames.HARDWARE -> hardwareEvents.acceptSnapshot(event);
      case EventNames.HARDWARE_SAMPLE -> hardwareEvents.acceptSample(event, start);
      case EventNames.AGENT_INFO -> {
        agentEvents++;
        availableProcessors = event.getInt(RecordedField.AVAILABLE_PROCESSORS);
      }
      case EventNames.COARSENING -> {
        // one per chunk, cumulative: the last one read is the total
        unrecordedLockOperations =
            event.getLong(RecordedField.UNRECORDED_ACQUISITIONS)
                + event.getLong(RecordedField.UNRECORDED_RELEASES);
        if (event.hasField(RecordedField.SUPPRESSED_EXCEPTIONS)) {
          suppressedExceptions = event.getLong(RecordedField.SUPPRESSED_EXCEPTIONS);
        }
        if (event.hasField(RecordedField.MERGED_TASKS)) { // agents since issue 8
          mergedTasks = event.getLong(RecordedField.MERGED_TASKS);
          mergedTaskNanos = event.getLong(RecordedField.MERGED_TASK_NANOS);
          mergeThresholdNanos = event.getLong(RecordedField.MERGE_THRESHOLD_NANOS);
        }
        if (event.hasField(RecordedField.SAMPLED_LOCK_HANDOFFS)) { // agents since lock storms
          sampledLockHandoffs = event.getLong(RecordedField.SAMPLED_LOCK_HANDOFFS);
        }
      }
      case JfrDataLoss.EVENT -> dataLoss.accept(event);
      case EventNames.SKIPPED -> {
        agentEvents++;
        skippedTypes.add(RecordedText.clean(event.getString(RecordedField.TYPE_NAME)));
      }
      default -> {
        if (gpu.accept(event, name, start, stop, this::lane)) {
          agentEvents++;
        }
        // JFR's other events (samples, GC, ...) are for later analyses
      }
    }
  }

  /** The agent's kind of event type {@code typeIndex}, or null: looked up once per type. */
  private Kind agentKind(int typeIndex, String name) {
    if (typeIndex >= kindKnown.length) {
      int n = Math.max(typeIndex + 1, kindKnown.length * 2);
      kindKnown = Arrays.copyOf(kindKnown, n);
      kindByType = Arrays.copyOf(kindByType, n);
    }
    if (!kindKnown[typeIndex]) {
      kindByType[typeIndex] = AGENT_KINDS.get(name);
      kindKnown[typeIndex] = true;
    }
    return kindByType[typeIndex];
  }

  private void acceptAgentEvent(EventView event, Kind kind, long time) {
    LaneTimeline lane = lane(event.getThread(RecordedField.EVENT_THREAD));
    if (lane == null) {
      return;
    }
    lane.hasAgentEvents = true;
    long id =
        switch (kind) {
          case TASK_START, TASK_END, SPAWN -> event.getLong(RecordedField.TASK_ID);
          case SIGNAL, AWAIT, ACQUIRE, PUT, TAKE -> event.getLong(RecordedField.OBJECT_ID);
          case UNPARK -> event.getLong(RecordedField.TARGET_THREAD_ID);
          default -> 0;
        };
    String text =
        switch (kind) {
          case TASK_START, LABEL_ENTER -> text(event.getString(RecordedField.LABEL));
          case BLOCK_START -> reason(event.getString(RecordedField.REASON));
          default -> null;
        };
    long cpu =
        switch (kind) {
          // every cut carries a reading since the agent of issue 5; older recordings only these
          case TASK_START,
              TASK_END,
              BLOCK_START,
              BLOCK_END,
              SCHEDULER_LOOP,
              SPAWN,
              SIGNAL,
              AWAIT,
              ACQUIRE,
              PUT,
              TAKE,
              UNPARK ->
              event.hasField(RecordedField.CPU_NANOS) ? event.getLong(RecordedField.CPU_NANOS) : -1;
          default -> -1;
        };
    lane.events.add(time, kind, id, text, cpu);
  }

  /**
   * One cleaned String per distinct label or reason: JFR reads a new String for every event, and a
   * recording repeats a few labels millions of times.
   */
  private String text(String recorded) {
    if (recorded == null) {
      return null;
    }
    String known = texts.get(recorded);
    if (known == null) {
      known = RecordedText.clean(recorded);
      texts.put(recorded, known);
    }
    return known;
  }

  /** One String per distinct blocking reason, as recorded. */
  private String reason(String recorded) {
    return recorded == null ? null : reasons.computeIfAbsent(recorded, r -> r);
  }

  /** Who let this thread go on: the monitor's previous owner, or the thread that notified it. */
  private static ThreadView handoffSource(EventView event, String name) {
    RecordedField field =
        switch (name) {
          case "jdk.JavaMonitorEnter" -> RecordedField.PREVIOUS_OWNER;
          case "jdk.JavaMonitorWait" -> RecordedField.NOTIFIER;
          default -> null;
        };
    return field != null && event.hasField(field) ? event.getThread(field) : null;
  }

  private void readSample(EventView event, long time) {
    ThreadView thread = event.getThread(RecordedField.SAMPLED_THREAD);
    if (thread == null || thread.javaThreadId() <= 0) {
      return;
    }
    List<String> recorded = event.stackFrameNames(ExecutionSample.MAX_FRAMES);
    if (recorded == null) {
      return;
    }
    List<String> names = new ArrayList<>(recorded.size());
    for (String name : recorded) {
      names.add(frameNames.computeIfAbsent(name, RecordedText::clean));
    }
    samples.add(new ExecutionSample(thread.javaThreadId(), time, names));
  }

  private void readCpu(EventView event) {
    hwThreads = event.getInt(RecordedField.HW_THREADS);
    cores = event.getInt(RecordedField.CORES);
    String description = event.getString(RecordedField.DESCRIPTION);
    Matcher m = BRAND.matcher(description == null ? "" : description);
    String cpu = m.find() ? m.group(1).trim() : event.getString(RecordedField.CPU);
    if (cpu != null && !cpu.isBlank()) {
      cpuModel = RecordedText.clean(cpu.trim());
    }
  }

  private LaneTimeline lane(ThreadView thread) {
    if (thread == null) {
      return null;
    }
    if (thread == lastThread) { // the reader gives one object per thread and chunk
      return lastLane;
    }
    long id = thread.javaThreadId();
    if (id <= 0) {
      return null;
    }
    if (id == lastLaneId) { // consecutive events mostly come from one thread
      lastThread = thread;
      return lastLane;
    }
    LaneTimeline lane = lanes.get(id);
    if (lane == null) {
      String name = thread.javaName() != null ? thread.javaName() : thread.osName();
      if (name == null || name.isBlank()) {
        name = "thread #" + id; // virtual threads are unnamed by default
      }
      lane = new LaneTimeline(id, RecordedText.clean(name));
      lanes.put(id, lane);
    }
    lastLaneId = id;
    lastLane = lane;
    lastThread = thread;
    return lane;
  }

  private RawRecording result(Path file) throws RecordingException {
    if (origin == Long.MAX_VALUE) {
      throw new RecordingException(file + " holds no events at all");
    }
    if (!skippedTypes.isEmpty()) {
      warnings.add(
          skippedTypes.size()
              + " type(s) could not be instrumented, so their dependencies are missing: "
              + String.join(", ", skippedTypes.subList(0, Math.min(5, skippedTypes.size()))));
    }
    if (unrecordedLockOperations >= 10_000) { // below that it is not worth a sentence
      warnings.add(
          unrecordedLockOperations
              + " lock operation(s) were not recorded to keep the agent cheap: each was on a lock"
              + " only one task had used, so no dependency between tasks is missing.");
    }
    if (mergedTasks > 0) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "%d tiny fork/join task(s) were merged into the tasks that forked them to keep the"
                  + " agent cheap (%.1f ms in all, each under %.0f µs on its forking thread):"
                  + " their time is counted, the parallelism inside each of them is not.",
              mergedTasks,
              mergedTaskNanos / 1e6,
              mergeThresholdNanos / 1e3));
    }
    if (sampledLockHandoffs > 0) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "%d lock hand-over(s) between tasks were not recorded to keep the agent cheap (per"
                  + " thread and lock, one every %.0f µs and every one that waited are): the order"
                  + " of those critical sections is known only at that granularity.",
              sampledLockHandoffs,
              mergeThresholdNanos / 1e3));
    }
    if (suppressedExceptions > 0) {
      warnings.add(
          suppressedExceptions
              + " exception(s) inside the agent were caught before the program could see them;"
              + " what those calls would have recorded is missing.");
    }
    if (agentWorkNanos >= 10_000_000L) { // below 10 ms it is not worth a sentence
      warnings.add(
          String.format(
              Locale.ROOT,
              "The agent spent %.0f ms rewriting classes the program loaded, on the program's"
                  + " threads; that time is not counted as work.",
              agentWorkNanos / 1e6));
    }
    dataLoss.addWarningTo(warnings);
    gpu.addWarningsTo(warnings);
    int logical = availableProcessors > 0 ? availableProcessors : Math.max(1, hwThreads);
    Analysis.Hardware hardware = hardwareEvents.hardware(logical, hwThreads, cores, cpuModel);
    lanes.values().forEach(LaneTimeline::sort);
    return new RawRecording(
        lanes,
        origin,
        end,
        hardware,
        agentEvents,
        warnings,
        samples,
        partial,
        gpu.recording(),
        dataLoss.bytes(),
        dataLoss.estimatedLostEvents(),
        mergedTasks);
  }

  static long epochNanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
