package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MlpTest {
  private static final int SAMPLES = 3;
  private static final int INPUTS = 5;
  private static final int HIDDEN = 4;
  private static final int CLASSES = 3;

  @Test
  void backwardMatchesCentralFiniteDifferences() {
    SyntheticData data = SyntheticData.clusters(SAMPLES, INPUTS, CLASSES, 7, 0);
    Mlp model = new Mlp(INPUTS, HIDDEN, CLASSES, 11);
    double[] gradient = new double[model.params.length];
    double[] hidden = new double[SAMPLES * HIDDEN];
    double[] probs = new double[SAMPLES * CLASSES];
    model.forward(data, 0, SAMPLES, hidden, probs);
    model.backward(data, 0, SAMPLES, hidden, probs, gradient);

    double step = 1e-6;
    for (int i = 0; i < model.params.length; i++) {
      double saved = model.params[i];
      model.params[i] = saved + step;
      double up = loss(model, data);
      model.params[i] = saved - step;
      double down = loss(model, data);
      model.params[i] = saved;
      double numeric = (up - down) / (2 * step);
      // Central differences in double: truncation ~1e-12, rounding ~1e-10; 1e-6 is ample and
      // still catches any wrong term (those are off by O(0.01) or more).
      assertThat(gradient[i]).as("d loss / d param %d", i).isCloseTo(numeric, within(1e-6));
    }
  }

  @Test
  void gradientIsNotTriviallyZero() {
    SyntheticData data = SyntheticData.clusters(SAMPLES, INPUTS, CLASSES, 7, 0);
    Mlp model = new Mlp(INPUTS, HIDDEN, CLASSES, 11);
    double[] gradient = new double[model.params.length];
    double[] hidden = new double[SAMPLES * HIDDEN];
    double[] probs = new double[SAMPLES * CLASSES];
    model.forward(data, 0, SAMPLES, hidden, probs);
    model.backward(data, 0, SAMPLES, hidden, probs, gradient);
    assertThat(java.util.Arrays.stream(gradient).filter(g -> Math.abs(g) > 1e-3).count())
        .isGreaterThan(model.params.length / 2);
  }

  @Test
  void probabilitiesSumToOne() {
    SyntheticData data = SyntheticData.clusters(SAMPLES, INPUTS, CLASSES, 7, 0);
    Mlp model = new Mlp(INPUTS, HIDDEN, CLASSES, 11);
    double[] probs = new double[SAMPLES * CLASSES];
    model.forward(data, 0, SAMPLES, new double[SAMPLES * HIDDEN], probs);
    for (int s = 0; s < SAMPLES; s++) {
      assertThat(probs[s * 3] + probs[s * 3 + 1] + probs[s * 3 + 2]).isCloseTo(1, within(1e-12));
    }
  }

  private static double loss(Mlp model, SyntheticData data) {
    return model.forward(
        data, 0, SAMPLES, new double[SAMPLES * HIDDEN], new double[SAMPLES * CLASSES]);
  }
}
