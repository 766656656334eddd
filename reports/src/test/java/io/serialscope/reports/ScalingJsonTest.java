package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.scaling.ScalingSweep;
import io.serialscope.analyzer.scaling.SweepRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The additive {@code scaling} field: in report.json and in the page's embedded data. */
class ScalingJsonTest {
  @TempDir Path dir;

  /** Amdahl with s = 0.25: T(p) = 1 s · (0.25 + 0.75 / p); σ = 0.25, κ = 0, e = 0.25. */
  static ScalingSweep amdahlSweep() {
    return ScalingSweep.of(
        List.of(
            new SweepRun("one.jfr", 1, 1_000_000_000L),
            new SweepRun("two.jfr", 2, 625_000_000L),
            new SweepRun("four.jfr", 4, 437_500_000L)),
        "thread counts given with --threads");
  }

  @Test
  void reportJsonCarriesMeasuredPointsKarpFlattAndTheFit() throws Exception {
    ReportWriter.writeAll(TestAnalyses.forwardBackward("Mlp.forward"), dir, amdahlSweep());
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());

    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("spanNanos").asLong()).isPositive(); // the stable fields are all there
    JsonNode scaling = root.get("scaling");
    assertThat(scaling.get("baseThreads").asInt()).isEqualTo(1);
    assertThat(scaling.get("threadRule").asText()).contains("--threads");
    JsonNode points = scaling.get("points");
    assertThat(points).hasSize(3);
    assertThat(points.get(0).get("karpFlatt").isNull()).isTrue();
    assertThat(points.get(2).get("threads").asInt()).isEqualTo(4);
    assertThat(points.get(2).get("speedup").asDouble()).isCloseTo(1 / 0.4375, within(1e-9));
    assertThat(points.get(2).get("karpFlatt").asDouble()).isCloseTo(0.25, within(1e-9));
    JsonNode usl = scaling.get("usl");
    assertThat(usl.get("sigma").asDouble()).isCloseTo(0.25, within(1e-9));
    assertThat(usl.get("kappa").asDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(usl.get("peakThreads").isNull()).isTrue(); // κ = 0: no peak
    assertThat(usl.at("/speedup/16").asDouble()).isCloseTo(16 / (1 + 0.25 * 15), within(1e-9));
  }

  @Test
  void pageEmbedsTheSameField() throws Exception {
    ReportWriter.writeAll(TestAnalyses.forwardBackward("Mlp.forward"), dir, amdahlSweep());
    String page = Files.readString(dir.resolve("report.html"));
    assertThat(page).contains("\"scaling\":{\"baseThreads\":1");
  }

  @Test
  void singleAnalysisHasNoScalingField() throws Exception {
    ReportWriter.writeAll(TestAnalyses.forwardBackward("Mlp.forward"), dir);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(root.has("scaling")).isFalse();
  }
}
