package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
  private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

  @Test
  void trainingMoreThanHalvesTheValidationLoss() throws Exception {
    TrainingSummary summary =
        new TrainingRun(TrainingOptions.parse("--steps=150", "--threads=2")).train(SILENT);
    assertThat(summary.initial().loss()).isGreaterThan(1.5);
    assertThat(summary.last().loss()).isLessThan(0.5 * summary.initial().loss());
    assertThat(summary.last().accuracy()).isGreaterThan(0.6);
  }

  @Test
  void resultsAreIdenticalForOneAndThreeThreads() throws Exception {
    TrainingRun one = new TrainingRun(TrainingOptions.parse("--steps=12", "--threads=1"));
    TrainingRun three = new TrainingRun(TrainingOptions.parse("--steps=12", "--threads=3"));
    TrainingSummary oneSummary = one.train(SILENT);
    TrainingSummary threeSummary = three.train(SILENT);
    assertThat(three.parameters()).containsExactly(one.parameters());
    assertThat(threeSummary.last()).isEqualTo(oneSummary.last());
  }

  @Test
  void differentSeedsTrainDifferentModels() throws Exception {
    TrainingRun a = new TrainingRun(TrainingOptions.parse("--steps=2", "--seed=1"));
    TrainingRun b = new TrainingRun(TrainingOptions.parse("--steps=2", "--seed=2"));
    a.train(SILENT);
    b.train(SILENT);
    assertThat(a.parameters()).isNotEqualTo(b.parameters());
  }

  @Test
  void reportsProgressAndASerialShareBetweenZeroAndOne() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TrainingSummary summary =
        new TrainingRun(TrainingOptions.parse("--steps=20", "--threads=2"))
            .train(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(10)
        .allMatch(line -> line.matches("step \\d+: train loss .*"));
    assertThat(summary.serialShare()).isStrictlyBetween(0.0, 1.0);
  }
}
