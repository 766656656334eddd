package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MlpTrainingTest {
  private static TrainingOptions options(int steps, int threads) {
    return TrainingOptions.parse(
        new String[] {"--steps=" + steps, "--threads=" + threads, "--batch=256", "--shards=8"});
  }

  @Test
  void trainingReducesTheValidationLoss() throws Exception {
    MlpTraining training = new MlpTraining(options(40, 2));
    double before = training.validationLoss();
    double after = training.train(0);
    assertThat(after).isLessThan(0.5 * before);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws Exception {
    MlpTraining one = new MlpTraining(options(5, 1));
    MlpTraining three = new MlpTraining(options(5, 3));
    one.train(0);
    three.train(0);
    assertThat(three.parameters()).containsExactly(one.parameters());
  }

  @Test
  void backwardMatchesFiniteDifferences() {
    SyntheticData data = SyntheticData.clusters(4, 5, 3, 7);
    Mlp model = new Mlp(5, 4, 3, 11);
    float[] hidden = new float[4 * 4];
    float[] probs = new float[4 * 3];
    model.forward(data, 0, 4, hidden, probs);
    float[] grad = new float[model.params.length];
    model.backward(data, 0, 4, hidden, probs, grad);
    float eps = 1e-2f;
    for (int i = 0; i < model.params.length; i++) {
      float saved = model.params[i];
      model.params[i] = saved + eps;
      double up = model.forward(data, 0, 4, hidden, probs);
      model.params[i] = saved - eps;
      double down = model.forward(data, 0, 4, hidden, probs);
      model.params[i] = saved;
      double numeric = (up - down) / (2 * eps);
      // float arithmetic and a central difference: agree to 2e-3 absolute
      assertThat((double) grad[i]).as("parameter %d", i).isCloseTo(numeric, within(2e-3));
    }
  }

  @Test
  void badOptionsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TrainingOptions.parse(new String[] {"--steps=0"}))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TrainingOptions.parse(new String[] {"--color=red"}))
        .hasMessageContaining("unknown option");
  }

  @Test
  void theCatalogFindsTheTrainingLoop() {
    assertThat(SampleCatalog.find("training-loop"))
        .get()
        .extracting(SampleCatalog.Sample::mainClass)
        .isEqualTo(MlpTraining.class.getName());
    assertThat(SampleCatalog.find("nope")).isEmpty();
  }
}
