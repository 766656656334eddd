package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.EdgeKind;
import io.serialscope.analyzer.model.Lane;
import io.serialscope.analyzer.model.SegmentGraph;
import io.serialscope.analyzer.model.SegmentGraphBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TraceReportTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void namesOneTrackPerLaneAndOneForTheCriticalPath() throws IOException {
    JsonNode trace = write(TestAnalyses.forwardBackward());

    assertThat(trace.get("displayTimeUnit").asText()).isEqualTo("ns");
    Map<Integer, String> threadNames = new HashMap<>();
    for (JsonNode e : events(trace, "M")) {
      assertThat(e.get("pid").asInt()).isEqualTo(TraceReport.PROCESS_ID);
      if (e.get("name").asText().equals("thread_name")) {
        assertThat(threadNames.put(e.get("tid").asInt(), e.at("/args/name").asText())).isNull();
      }
    }
    assertThat(threadNames)
        .containsOnly(
            Map.entry(1, "main"),
            Map.entry(2, "worker-1"),
            Map.entry(3, "worker-2"),
            Map.entry(4, "critical path"));
  }

  @Test
  void hasOneCompleteEventPerSegmentPlusTheCriticalPathCopies() throws IOException {
    JsonNode trace = write(TestAnalyses.forwardBackward());

    List<JsonNode> complete = events(trace, "X");
    assertThat(complete).hasSize(4 + 3);
    // Segments in index order on their lanes, then the critical path on its own track.
    assertEvent(complete.get(0), 1, "load", "0", "1000", "cpu,critical");
    assertEvent(complete.get(1), 2, "Mlp.forward", "1000", "3000", "cpu,critical");
    assertEvent(complete.get(2), 3, "Mlp.forward.small", "1000", "2000", "cpu");
    assertEvent(complete.get(3), 1, "optimizer.step", "4000", "500", "cpu,critical");
    assertEvent(complete.get(4), 4, "load", "0", "1000", "cpu,critical");
    assertEvent(complete.get(5), 4, "Mlp.forward", "1000", "3000", "cpu,critical");
    assertEvent(complete.get(6), 4, "optimizer.step", "4000", "500", "cpu,critical");

    JsonNode args = complete.get(2).get("args");
    assertThat(args.get("task").asInt()).isEqualTo(2);
    assertThat(args.get("segment").asInt()).isEqualTo(2);
    assertThat(args.get("critical").asBoolean()).isFalse();
    assertThat(complete.get(6).at("/args/segment").asInt()).isEqualTo(3);
    assertThat(complete.get(6).at("/args/critical").asBoolean()).isTrue();
  }

  @Test
  void writesMicrosecondsAsExactDecimals() throws IOException {
    SegmentGraphBuilder b = SegmentGraph.builder();
    int lane = b.addLane(new Lane("main", 1));
    int a = b.addSegment(1_234_567L, 1L, lane, 0, "a");
    int c = b.addSegment(123_456_789_012_345L, 999_999L, lane, 0, "b");
    b.addEdge(a, c, EdgeKind.PROGRAM_ORDER);
    Analysis analysis = withGraph(TestAnalyses.forwardBackward(), b.build(), new int[] {0, 1});

    String text = text(analysis);

    assertThat(text).contains("\"ts\":1234.567,\"dur\":0.001");
    assertThat(text).contains("\"ts\":123456789012.345,\"dur\":999.999");
    List<JsonNode> complete = events(MAPPER.readTree(text), "X");
    assertThat(complete.get(1).get("ts").decimalValue())
        .isEqualByComparingTo(new BigDecimal("123456789012.345"));
  }

  @Test
  void micros() {
    assertThat(TraceReport.micros(0)).isEqualTo("0");
    assertThat(TraceReport.micros(7)).isEqualTo("0.007");
    assertThat(TraceReport.micros(1000)).isEqualTo("1");
    assertThat(TraceReport.micros(1_234_560)).isEqualTo("1234.560");
    assertThat(TraceReport.micros(-1_500)).isEqualTo("-1.5");
  }

  @Test
  void streamsAMillionSegments() throws IOException {
    int n = 1_000_000;
    SegmentGraphBuilder b = SegmentGraph.builder();
    int lanes = 16;
    for (int l = 0; l < lanes; l++) {
      b.addLane(new Lane("worker-" + l, l));
    }
    for (int i = 0; i < n; i++) {
      b.addSegment((long) (i / lanes) * 1_000, 900, i % lanes, i, "task");
    }
    SegmentGraph graph = b.build();
    int[] path = new int[n / lanes];
    for (int i = 0; i < path.length; i++) {
      path[i] = i * lanes;
    }
    CountingStream out = new CountingStream();

    TraceReport.write(withGraph(TestAnalyses.forwardBackward(), graph, path), out);

    // Over the slice budget: merged into at most MAX_SLICES slices (before the budget, this trace
    // was n + n / lanes = 1.06 million slices, about 140 MB).
    assertThat(out.slices).isLessThanOrEqualTo(TraceReport.MAX_SLICES).isGreaterThan(n / 10);
    assertThat(out.bytes).isLessThan(250L * TraceReport.MAX_SLICES);
  }

  @Test
  void overTheBudgetSegmentsOfATrackMergeByTimeBucketAndEachIsCountedOnce() throws IOException {
    SegmentGraphBuilder b = SegmentGraph.builder();
    int lanes = 2;
    for (int l = 0; l < lanes; l++) {
      b.addLane(new Lane("worker-" + l, l));
    }
    int n = 10_000;
    int previous = -1;
    for (int i = 0; i < n; i++) {
      int lane = i % lanes;
      int s = b.addSegment((long) (i / lanes) * 1_000, 600, lane, i, i % 3 == 0 ? "a" : "b");
      if (previous >= 0 && i % 10 == 0) {
        b.addEdge(previous, s, EdgeKind.WAKE);
      }
      previous = s;
    }
    SegmentGraph graph = b.build();
    int[] path = new int[n / lanes];
    for (int i = 0; i < path.length; i++) {
      path[i] = i * lanes;
    }
    int budget = 300;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TraceReport.write(withGraph(TestAnalyses.forwardBackward(), graph, path), out, budget);

    JsonNode trace = MAPPER.readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertChromeTrace(trace);
    List<JsonNode> slices = events(trace, "X");
    assertThat(slices).hasSizeLessThanOrEqualTo(budget).hasSizeGreaterThan(budget / 2);
    int criticalTid = lanes + 1;
    int onLanes = 0;
    int onCriticalTrack = 0;
    long busyOnLanes = 0;
    for (JsonNode slice : slices) {
      boolean merged = slice.get("cat").asText().startsWith("merged");
      int count = merged ? slice.at("/args/segments").asInt() : 1;
      if (slice.get("tid").asInt() == criticalTid) {
        onCriticalTrack += count;
        assertThat(slice.get("cat").asText()).endsWith(",critical");
      } else {
        onLanes += count;
        busyOnLanes +=
            merged
                ? slice.at("/args/busy").decimalValue().movePointRight(3).longValueExact()
                : slice.get("dur").decimalValue().movePointRight(3).longValueExact();
      }
      if (merged) {
        // a merged slice spans its segments: from the first's start past the last's end
        int first = slice.at("/args/firstSegment").asInt();
        int last = slice.at("/args/lastSegment").asInt();
        assertThat(slice.get("ts").decimalValue().movePointRight(3).longValueExact())
            .isEqualTo(graph.startNanos(first));
        assertThat(
                slice
                    .get("ts")
                    .decimalValue()
                    .add(slice.get("dur").decimalValue())
                    .movePointRight(3)
                    .longValueExact())
            .isGreaterThanOrEqualTo(graph.startNanos(last) + graph.durationNanos(last));
        assertThat(slice.get("name").asText()).matches("(a|b|mixed labels) \\(\\d+ segments\\)");
      }
    }
    assertThat(onLanes).isEqualTo(n);
    assertThat(onCriticalTrack).isEqualTo(path.length);
    assertThat(busyOnLanes).isEqualTo(600L * n);
    assertThat(events(trace, "s")).isNotEmpty();
  }

  @Test
  void underTheBudgetEverySegmentIsItsOwnSlice() throws IOException {
    ByteArrayOutputStream bounded = new ByteArrayOutputStream();

    TraceReport.write(TestAnalyses.forwardBackward(), bounded, 7);

    assertThat(bounded.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(text(TestAnalyses.forwardBackward()));
  }

  @Test
  void isValidChromeTraceJsonWithoutOverlapsAndWithPairedFlows() throws IOException {
    // Overlapping segments on one lane (only a hand-made graph has them) and a random DAG.
    SegmentGraphBuilder b = SegmentGraph.builder();
    int a = b.addLane(new Lane("a", 1));
    int c = b.addLane(new Lane("c", 2));
    java.util.Random random = new java.util.Random(7);
    int previous = -1;
    for (int i = 0; i < 300; i++) {
      int s =
          b.addSegment(
              random.nextInt(100_000),
              1 + random.nextInt(5_000),
              i % 3 == 0 ? c : a,
              i,
              "s" + (i % 7));
      if (previous >= 0 && random.nextBoolean()) {
        b.addEdge(previous, s, EdgeKind.WAKE);
      }
      previous = s;
    }
    SegmentGraph graph = b.build();
    int[] path = {0, 1, 2, 3};

    JsonNode trace = write(withGraph(TestAnalyses.forwardBackward(), graph, path));

    assertChromeTrace(trace);
    assertThat(events(trace, "X")).hasSize(300 + 4);
    assertThat(events(trace, "s")).isNotEmpty();
  }

  @Test
  void theTestAnalysisTraceHasFlowsForItsCrossLaneEdges() throws IOException {
    JsonNode trace = write(TestAnalyses.forwardBackward());

    assertChromeTrace(trace);
    // load -> both forwards, both forwards -> step; the critical hand-overs first
    assertThat(events(trace, "s"))
        .extracting(e -> e.get("name").asText())
        .containsExactly("critical", "critical", "spawn", "join");
  }

  /**
   * What Perfetto and chrome://tracing need: a traceEvents array of objects with name, ph, pid,
   * tid; X events with ts and dur >= 0 that never overlap on one track; each flow id once as "s"
   * and once as "f".
   */
  static void assertChromeTrace(JsonNode trace) {
    assertThat(trace.get("traceEvents").isArray()).isTrue();
    Map<Integer, List<BigDecimal[]>> slicesByTid = new HashMap<>();
    Map<Integer, BigDecimal> flowStarts = new HashMap<>();
    Map<Integer, BigDecimal> flowEnds = new HashMap<>();
    for (JsonNode e : trace.get("traceEvents")) {
      assertThat(e.get("name").isTextual()).isTrue();
      assertThat(e.get("ph").asText()).isIn("M", "X", "s", "f");
      assertThat(e.get("pid").isInt()).isTrue();
      assertThat(e.get("tid").isInt()).isTrue();
      switch (e.get("ph").asText()) {
        case "X" -> {
          BigDecimal ts = e.get("ts").decimalValue();
          BigDecimal dur = e.get("dur").decimalValue();
          assertThat(dur.signum()).isNotNegative();
          slicesByTid
              .computeIfAbsent(e.get("tid").asInt(), t -> new ArrayList<>())
              .add(new BigDecimal[] {ts, ts.add(dur)});
        }
        case "s" ->
            assertThat(flowStarts.put(e.get("id").asInt(), e.get("ts").decimalValue())).isNull();
        case "f" -> {
          assertThat(e.get("bp").asText()).isEqualTo("e");
          assertThat(flowEnds.put(e.get("id").asInt(), e.get("ts").decimalValue())).isNull();
        }
        default -> {}
      }
    }
    slicesByTid.forEach(
        (tid, slices) -> {
          slices.sort((x, y) -> x[0].compareTo(y[0]));
          for (int i = 1; i < slices.size(); i++) {
            assertThat(slices.get(i)[0])
                .as("track %d: slice %d starts before the previous one ends", tid, i)
                .isGreaterThanOrEqualTo(slices.get(i - 1)[1]);
          }
        });
    assertThat(flowEnds.keySet()).isEqualTo(flowStarts.keySet());
  }

  static Analysis withGraph(Analysis a, SegmentGraph graph, int[] criticalPath) {
    return new Analysis(
        a.source(),
        graph,
        a.workNanos(),
        a.spanNanos(),
        a.parallelism(),
        a.serialFraction(),
        criticalPath,
        new TreeMap<>(a.predictedSpeedup()),
        a.amdahlSpeedup(),
        a.criticalPathByLabel(),
        a.whatIf(),
        a.profile(),
        a.hardware(),
        a.counts(),
        a.warnings(),
        a.insights());
  }

  private static void assertEvent(
      JsonNode e, int tid, String name, String tsMicros, String durMicros, String cat) {
    assertThat(e.get("tid").asInt()).isEqualTo(tid);
    assertThat(e.get("pid").asInt()).isEqualTo(TraceReport.PROCESS_ID);
    assertThat(e.get("name").asText()).isEqualTo(name);
    assertThat(e.get("ts").decimalValue()).isEqualByComparingTo(new BigDecimal(tsMicros));
    assertThat(e.get("dur").decimalValue()).isEqualByComparingTo(new BigDecimal(durMicros));
    assertThat(e.get("cat").asText()).isEqualTo(cat);
  }

  private static List<JsonNode> events(JsonNode trace, String phase) {
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode e : trace.get("traceEvents")) {
      if (e.get("ph").asText().equals(phase)) {
        events.add(e);
      }
    }
    return events;
  }

  private static JsonNode write(Analysis analysis) throws IOException {
    return MAPPER.readTree(text(analysis));
  }

  private static String text(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TraceReport.write(analysis, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Counts bytes and keeps none, so the big test measures the writer alone. */
  private static final class CountingStream extends OutputStream {
    private static final byte[] COMPLETE = "\"ph\":\"X\"".getBytes(StandardCharsets.UTF_8);

    long bytes;

    /** Complete ("X") events seen: how many slices the trace holds. */
    long slices;

    private int matched;

    @Override
    public void write(int b) {
      bytes++;
      matched = b == COMPLETE[matched] ? matched + 1 : (b == COMPLETE[0] ? 1 : 0);
      if (matched == COMPLETE.length) {
        slices++;
        matched = 0;
      }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        write(buffer[i]);
      }
    }
  }
}
