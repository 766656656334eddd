package io.serialscope.reports;

import static io.serialscope.reports.TestAnalyses.MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void hasEveryStableFieldWithTheAnalysisValues() throws IOException {
    Analysis analysis = TestAnalyses.forwardBackward();
    JsonNode json = write(analysis);

    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("workNanos").asLong()).isEqualTo(6_500_000L);
    assertThat(json.get("spanNanos").asLong()).isEqualTo(4_500_000L);
    assertThat(json.get("parallelism").asDouble()).isCloseTo(6.5 / 4.5, within(1e-12));
    assertThat(json.get("serialFraction").asDouble()).isCloseTo(2.5 / 6.5, within(1e-12));

    for (String field : List.of("predictedSpeedup", "amdahlSpeedup")) {
      assertThat(fieldNames(json.get(field))).containsExactly("1", "2", "4", "8", "16");
    }
    assertThat(json.at("/predictedSpeedup/1").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/predictedSpeedup/16").asDouble()).isCloseTo(6.5 / 4.5, within(1e-12));
    double s = 2.5 / 6.5;
    assertThat(json.at("/amdahlSpeedup/8").asDouble())
        .isCloseTo(1 / (s + (1 - s) / 8), within(1e-12));

    JsonNode segments = json.at("/criticalPath/segments");
    assertThat(segments).hasSize(3);
    assertSegment(segments.get(0), "main", "load", 0, MS);
    assertSegment(segments.get(1), "worker-1", "Mlp.forward", MS, 3 * MS);
    assertSegment(segments.get(2), "main", "optimizer.step", 4 * MS, MS / 2);
    assertThat(json.at("/criticalPath/segmentCount").asInt()).isEqualTo(3);

    JsonNode byLabel = json.at("/criticalPath/byLabel");
    assertThat(byLabel).hasSize(3);
    assertThat(byLabel.get(0).get("label").asText()).isEqualTo("Mlp.forward");
    assertThat(byLabel.get(0).get("nanos").asLong()).isEqualTo(3 * MS);
    assertThat(byLabel.get(0).get("share").asDouble()).isCloseTo(3 / 4.5, within(1e-12));
    assertThat(byLabel.get(2).get("label").asText()).isEqualTo("optimizer.step");

    JsonNode whatIf = json.get("whatIf");
    assertThat(whatIf).hasSize(5);
    assertThat(whatIf.get(2).get("scenario").asText()).isEqualTo("2x single-thread speed");
    assertThat(whatIf.get(2).get("spanNanos").asLong()).isEqualTo(2_250_000L);
    assertThat(whatIf.get(2).get("predictedNanos").asLong()).isEqualTo(2_250_000L);
    assertThat(whatIf.get(2).get("speedup").asDouble()).isEqualTo(2.0);
    // scenarios made by hand have their name as spec
    assertThat(whatIf.get(2).get("spec").asText()).isEqualTo("2x single-thread speed");

    // load 1 ms -> forward 3 ms | 2 ms -> step 0.5 ms on P = 2: T_2 = 4.5 ms. Forward 50 % faster
    // (1.5 ms): the 2 ms branch rules, 1 + 2 + 0.5 = 3.5 ms; load 50 % faster: 4 ms; step: 4.25.
    JsonNode sensitivity = json.get("sensitivity");
    assertThat(sensitivity).hasSize(3);
    assertThat(sensitivity.get(0).get("label").asText()).isEqualTo("Mlp.forward");
    assertThat(sensitivity.get(0).get("criticalPathNanos").asLong()).isEqualTo(3 * MS);
    JsonNode half = sensitivity.get(0).get("points").get(5);
    assertThat(half.get("speedupPercent").asInt()).isEqualTo(50);
    assertThat(half.get("spanNanos").asLong()).isEqualTo(3_500_000L);
    assertThat(half.get("predictedNanos").asLong()).isEqualTo(3_500_000L);
    assertThat(sensitivity.get(0).get("points")).hasSize(11);
    assertThat(sensitivity.get(1).get("label").asText()).isEqualTo("load");
    assertThat(sensitivity.get(1).at("/points/5/predictedNanos").asLong()).isEqualTo(4_000_000L);
    assertThat(sensitivity.get(2).at("/points/5/predictedNanos").asLong()).isEqualTo(4_250_000L);

    assertThat(json.at("/cpuWait/totalNanos").asLong()).isEqualTo(MS / 2);
    assertThat(json.at("/cpuWait/lanes/0/lane").asText()).isEqualTo("main");
    assertThat(json.at("/cpuWait/lanes/0/wallNanos").asLong()).isEqualTo(2 * MS);
    assertThat(json.at("/cpuWait/lanes/0/cpuNanos").asLong()).isEqualTo(3 * MS / 2);
    assertThat(json.at("/cpuWait/lanes/0/waitingForCpuNanos").asLong()).isEqualTo(MS / 2);

    assertThat(json.at("/hardware/logicalCores").asInt()).isEqualTo(2);
    assertThat(json.at("/hardware/physicalCores").asInt()).isEqualTo(1);
    assertThat(json.at("/hardware/cpuModel").asText()).isEqualTo("Test CPU @ 3.0GHz");
    assertThat(json.at("/hardware/gpus").isArray()).isTrue();
    assertThat(json.at("/hardware/gpus")).isEmpty();

    assertThat(json.at("/counts/segments").asInt()).isEqualTo(4);
    assertThat(json.at("/counts/edges").asInt()).isEqualTo(4);
    assertThat(json.at("/counts/lanes").asInt()).isEqualTo(3);
    assertThat(json.at("/counts/droppedEvents").asLong()).isEqualTo(7);

    assertThat(json.get("warnings")).hasSize(1);
    assertThat(json.get("warnings").get(0).asText())
        .isEqualTo("5 events were dropped <because> of a full buffer & more.");
  }

  @Test
  void hasTheAdditiveFields() throws IOException {
    JsonNode json = write(TestAnalyses.forwardBackward());

    assertThat(json.get("source").asText()).isEqualTo("/tmp/recording.jfr");
    assertThat(json.get("verdict").asText()).isEqualTo("serial-bound");
    assertThat(json.get("advice").asText())
        .isEqualTo(
            "2x cores -> no faster; 2x single-thread speed -> 2.0x faster;"
                + " unlimited cores -> no faster: this workload is serial-bound.");
    assertThat(json.at("/profile/timesNanos").toString())
        .isEqualTo("[0,1000000,3000000,4000000,4500000]");
    assertThat(json.at("/profile/levels").toString()).isEqualTo("[1,2,1,1,0]");

    JsonNode byLane = json.at("/criticalPath/byLane");
    assertThat(byLane).hasSize(2);
    assertThat(byLane.get(0).get("lane").asText()).isEqualTo("worker-1");
    assertThat(byLane.get(0).get("nanos").asLong()).isEqualTo(3 * MS);
    assertThat(byLane.get(1).get("lane").asText()).isEqualTo("main");
    assertThat(byLane.get(1).get("nanos").asLong()).isEqualTo(MS + MS / 2);
    JsonNode byKind = json.at("/criticalPath/byKind");
    assertThat(byKind).hasSize(1);
    assertThat(byKind.get(0).get("kind").asText()).isEqualTo("CPU");
    assertThat(byKind.get(0).get("share").asDouble()).isEqualTo(1.0);
  }

  @Test
  void writesFindingsDistributionsConcurrencyAndFlameGraphs() throws IOException {
    JsonNode json = write(TestAnalyses.forwardBackward());

    assertThat(json.at("/findings/0/id").asText()).isEqualTo("serial-phase-dominates");
    assertThat(json.at("/findings/0/severity").asText()).isEqualTo("WARNING");
    assertThat(json.at("/findings/0/evidence").asText()).isEqualTo("serialFraction");
    assertThat(json.at("/labelDistributions/0/label").asText()).isEqualTo("Mlp.forward");
    assertThat(json.at("/labelDistributions/0/p99Nanos").asLong()).isEqualTo(3 * TestAnalyses.MS);
    // recorded: load [0,1), both forwards [1,3) and [1,4), step [4,4.5) ms
    assertThat(json.at("/concurrency/timesNanos").toString())
        .isEqualTo("[0,1000000,3000000,4500000]");
    assertThat(json.at("/concurrency/levels").toString()).isEqualTo("[1,2,1,0]");
    assertThat(json.at("/flameGraphs/wholeProgram/samples").asInt()).isEqualTo(5);
    assertThat(json.at("/flameGraphs/criticalPath/samples").asInt()).isEqualTo(3);
    assertThat(json.at("/flameGraphs/criticalPath/stacks/0/stack").asText())
        .startsWith("Thread.run;Trainer.run;");
  }

  @Test
  void writesRatiosThatAreNotFiniteAsNull() throws IOException {
    Analysis a = TestAnalyses.forwardBackward();
    TreeMap<Integer, Double> predicted = new TreeMap<>(a.predictedSpeedup());
    predicted.put(2, Double.NaN);
    Analysis odd =
        new Analysis(
            a.source(),
            a.graph(),
            a.workNanos(),
            a.spanNanos(),
            Double.POSITIVE_INFINITY,
            a.serialFraction(),
            a.criticalPath(),
            predicted,
            a.amdahlSpeedup(),
            a.criticalPathByLabel(),
            a.whatIf(),
            a.profile(),
            a.hardware(),
            a.counts(),
            a.warnings(),
            a.insights());

    JsonNode json = write(odd);

    assertThat(json.get("parallelism").isNull()).isTrue();
    assertThat(json.at("/predictedSpeedup/2").isNull()).isTrue();
  }

  @Test
  void isPrettyPrinted() throws IOException {
    String text = text(TestAnalyses.forwardBackward());

    assertThat(text).startsWith("{\n  \"schemaVersion\" : 1,");
  }

  @Test
  void compactFormLimitsSegmentsAndLeavesOutTheProfile() throws IOException {
    JsonNode json = MAPPER.readTree(JsonReport.compact(TestAnalyses.forwardBackward(), 2));

    assertThat(json.at("/criticalPath/segments")).hasSize(2);
    assertThat(json.at("/criticalPath/segmentCount").asInt()).isEqualTo(3);
    assertThat(json.has("profile")).isFalse();
  }

  private static void assertSegment(
      JsonNode segment, String lane, String label, long startNanos, long durationNanos) {
    assertThat(segment.get("lane").asText()).isEqualTo(lane);
    assertThat(segment.get("label").asText()).isEqualTo(label);
    assertThat(segment.get("kind").asText()).isEqualTo("CPU");
    assertThat(segment.get("startNanos").asLong()).isEqualTo(startNanos);
    assertThat(segment.get("durationNanos").asLong()).isEqualTo(durationNanos);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      names.add(field.getKey());
    }
    return names;
  }

  private static JsonNode write(Analysis analysis) throws IOException {
    return MAPPER.readTree(text(analysis));
  }

  private static String text(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(analysis, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
