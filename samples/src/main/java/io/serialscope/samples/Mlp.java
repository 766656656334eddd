package io.serialscope.samples;

import java.util.Arrays;
import java.util.Random;

/**
 * A two-layer perceptron: inputs → ReLU hidden layer → softmax over classes, trained with
 * cross-entropy. Parameters live in one flat array so that gradients, their reduction and the
 * optimizer are plain loops over it.
 *
 * <p>Arithmetic is in {@code double} and uses {@link StrictMath}, so a run gives bit-identical
 * results whichever thread (and whichever JIT tier) computes a shard.
 */
final class Mlp {
  final int inputs;
  final int hidden;
  final int outputs;

  /** W1 (hidden × inputs), b1 (hidden), W2 (outputs × hidden), b2 (outputs). */
  final double[] params;

  /** He-initialized weights and zero biases, drawn from {@code seed}. */
  Mlp(int inputs, int hidden, int outputs, long seed) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.outputs = outputs;
    this.params = new double[parameterCount(inputs, hidden, outputs)];
    Random random = new Random(seed);
    double scale1 = Math.sqrt(2.0 / inputs);
    double scale2 = Math.sqrt(1.0 / hidden);
    for (int i = 0; i < hidden * inputs; i++) {
      params[i] = scale1 * random.nextGaussian();
    }
    int w2 = w2Offset();
    for (int i = 0; i < outputs * hidden; i++) {
      params[w2 + i] = scale2 * random.nextGaussian();
    }
  }

  static int parameterCount(int inputs, int hidden, int outputs) {
    return hidden * inputs + hidden + outputs * hidden + outputs;
  }

  /**
   * Forward pass over samples {@code from..to-1} of {@code data}. Fills {@code hiddenOut} (hidden
   * activations, {@code hidden} per sample) and {@code probsOut} (class probabilities, {@code
   * outputs} per sample) and returns the summed cross-entropy loss (nats).
   */
  double forward(SyntheticData data, int from, int to, double[] hiddenOut, double[] probsOut) {
    double loss = 0;
    for (int n = from; n < to; n++) {
      int h0 = (n - from) * hidden;
      int p0 = (n - from) * outputs;
      hiddenLayer(data.inputs[n], hiddenOut, h0);
      outputLayer(hiddenOut, h0, probsOut, p0);
      loss -= StrictMath.log(Math.max(1e-300, probsOut[p0 + data.labels[n]]));
    }
    return loss;
  }

  /**
   * Backward pass for samples {@code from..to-1}, given the buffers {@link #forward} filled: adds
   * the gradient of the summed loss with respect to every parameter into {@code gradient}.
   */
  void backward(
      SyntheticData data,
      int from,
      int to,
      double[] hiddenIn,
      double[] probsIn,
      double[] gradient) {
    int b1 = b1Offset();
    int w2 = w2Offset();
    int b2 = b2Offset();
    double[] hiddenDelta = new double[hidden];
    for (int n = from; n < to; n++) {
      double[] x = data.inputs[n];
      int h0 = (n - from) * hidden;
      int p0 = (n - from) * outputs;
      Arrays.fill(hiddenDelta, 0);
      for (int k = 0; k < outputs; k++) {
        double dz = probsIn[p0 + k] - (k == data.labels[n] ? 1 : 0);
        gradient[b2 + k] += dz;
        int row = w2 + k * hidden;
        for (int j = 0; j < hidden; j++) {
          gradient[row + j] += dz * hiddenIn[h0 + j];
          hiddenDelta[j] += dz * params[row + j];
        }
      }
      for (int j = 0; j < hidden; j++) {
        if (hiddenIn[h0 + j] <= 0) {
          continue; // ReLU passes no gradient where it was off
        }
        double dz = hiddenDelta[j];
        gradient[b1 + j] += dz;
        int row = j * inputs;
        for (int i = 0; i < inputs; i++) {
          gradient[row + i] += dz * x[i];
        }
      }
    }
  }

  private void hiddenLayer(double[] x, double[] hiddenOut, int h0) {
    int b1 = b1Offset();
    for (int j = 0; j < hidden; j++) {
      double z = params[b1 + j];
      int row = j * inputs;
      for (int i = 0; i < inputs; i++) {
        z += params[row + i] * x[i];
      }
      hiddenOut[h0 + j] = Math.max(0, z);
    }
  }

  private void outputLayer(double[] hiddenIn, int h0, double[] probsOut, int p0) {
    int w2 = w2Offset();
    int b2 = b2Offset();
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < outputs; k++) {
      double z = params[b2 + k];
      int row = w2 + k * hidden;
      for (int j = 0; j < hidden; j++) {
        z += params[row + j] * hiddenIn[h0 + j];
      }
      probsOut[p0 + k] = z;
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int k = 0; k < outputs; k++) {
      double e = StrictMath.exp(probsOut[p0 + k] - max);
      probsOut[p0 + k] = e;
      sum += e;
    }
    for (int k = 0; k < outputs; k++) {
      probsOut[p0 + k] /= sum;
    }
  }

  private int b1Offset() {
    return hidden * inputs;
  }

  private int w2Offset() {
    return b1Offset() + hidden;
  }

  private int b2Offset() {
    return w2Offset() + outputs * hidden;
  }
}
