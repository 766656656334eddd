package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hardware snapshot in report.json and in the HTML report's hardware table. */
class HardwareReportTest {
  private static final HardwareSnapshot SNAPSHOT =
      new HardwareSnapshot(
          "oshi",
          32,
          2,
          2,
          2_400_000_000L,
          3_600_000_000L,
          64L << 30,
          "TestOS 1",
          "TestVM 17",
          "G1 Young Generation, G1 Old Generation",
          16L << 30,
          16,
          1.5,
          List.of(new HardwareSnapshot.Gpu("Big GPU", "GPU Corp", 8L << 30)),
          new HardwareSnapshot.LoadSummary(12, 0.625, 3.1e9, 1.25, 2000, 42_000_000));

  private static Analysis withHardware(Analysis.Hardware hw) {
    Analysis a = TestAnalyses.forwardBackward();
    return new Analysis(
        a.source(),
        a.graph(),
        a.workNanos(),
        a.spanNanos(),
        a.parallelism(),
        a.serialFraction(),
        a.criticalPath(),
        a.predictedSpeedup(),
        a.amdahlSpeedup(),
        a.criticalPathByLabel(),
        a.whatIf(),
        a.profile(),
        hw,
        a.counts(),
        a.warnings(),
        a.insights());
  }

  private static JsonNode json(Analysis a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(a, out);
    return new ObjectMapper().readTree(out.toByteArray()).get("hardware");
  }

  @Test
  void jsonCarriesTheSnapshotBesideTheStableFields() throws IOException {
    JsonNode hw =
        json(withHardware(new Analysis.Hardware(16, 8, "Test CPU", List.of("Big GPU"), SNAPSHOT)));

    assertThat(hw.get("logicalCores").asInt()).isEqualTo(16);
    assertThat(hw.get("physicalCores").asInt()).isEqualTo(8);
    assertThat(hw.get("cpuModel").asText()).isEqualTo("Test CPU");
    assertThat(hw.get("gpus").get(0).asText()).isEqualTo("Big GPU");
    assertThat(hw.get("source").asText()).isEqualTo("oshi");
    assertThat(hw.get("machineLogicalCores").asInt()).isEqualTo(32);
    assertThat(hw.get("sockets").asInt()).isEqualTo(2);
    assertThat(hw.get("numaNodes").asInt()).isEqualTo(2);
    assertThat(hw.get("baseFrequencyHz").asLong()).isEqualTo(2_400_000_000L);
    assertThat(hw.get("maxFrequencyHz").asLong()).isEqualTo(3_600_000_000L);
    assertThat(hw.get("memoryBytes").asLong()).isEqualTo(64L << 30);
    assertThat(hw.get("os").asText()).isEqualTo("TestOS 1");
    assertThat(hw.get("jvm").asText()).isEqualTo("TestVM 17");
    assertThat(hw.get("gc").asText()).isEqualTo("G1 Young Generation, G1 Old Generation");
    assertThat(hw.get("maxHeapBytes").asLong()).isEqualTo(16L << 30);
    assertThat(hw.get("containerCpuQuota").asDouble()).isCloseTo(1.5, within(1e-12));
    // min(16 logical, 16 available, quota 1.5)
    assertThat(hw.get("usableCores").asDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(hw.at("/gpuDetails/0/vendor").asText()).isEqualTo("GPU Corp");
    assertThat(hw.at("/gpuDetails/0/vramBytes").asLong()).isEqualTo(8L << 30);
    assertThat(hw.at("/load/samples").asInt()).isEqualTo(12);
    assertThat(hw.at("/load/meanUtilization").asDouble()).isCloseTo(0.625, within(1e-12));
    assertThat(hw.at("/load/meanFrequencyHz").asDouble()).isCloseTo(3.1e9, within(1e-3));
    assertThat(hw.at("/load/contextSwitchesPerSecond").asDouble()).isCloseTo(2000, within(1e-9));
  }

  @Test
  void unknownFactsAndNoQuotaAreNull() throws IOException {
    JsonNode hw = json(withHardware(new Analysis.Hardware(4, -1, "unknown", List.of())));

    assertThat(hw.get("source").asText()).isEqualTo("none");
    assertThat(hw.get("containerCpuQuota").isNull()).isTrue();
    assertThat(hw.get("memoryBytes").isNull()).isTrue();
    assertThat(hw.get("usableCores").asDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(hw.at("/load/samples").asInt()).isZero();
    assertThat(hw.at("/load/meanUtilization").isNull()).isTrue();
  }

  @Test
  void htmlShowsAHardwareTable() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(
        withHardware(new Analysis.Hardware(16, 8, "Test CPU", List.of("Big GPU"), SNAPSHOT)), out);
    String html = out.toString();

    assertThat(html).contains("<table id=\"hardware-table\">");
    assertThat(html).contains("<td class=\"text\">32 logical, 8 physical</td>");
    assertThat(html).contains("<td class=\"text\">1.50 (container CPU quota 1.50)</td>");
    assertThat(html).contains("<td class=\"text\">2.40 GHz / 3.60 GHz</td>");
    assertThat(html).contains("<td class=\"text\">Big GPU (8.0 GiB)</td>");
    assertThat(html).contains("<td class=\"text\">62.5%</td>");
    assertThat(html).contains("<td class=\"text\">OSHI and the JDK</td>");
  }
}
