package io.serialscope.samples;

import java.util.Random;

/**
 * A two-layer perceptron: inputs → tanh hidden layer → softmax over classes. Parameters live in one
 * flat array so that gradients, reduction and the optimizer are simple loops over it.
 */
final class Mlp {
  final int inputs;
  final int hidden;
  final int outputs;

  /** W1 (hidden × inputs), b1 (hidden), W2 (outputs × hidden), b2 (outputs). */
  final float[] params;

  Mlp(int inputs, int hidden, int outputs, long seed) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.outputs = outputs;
    this.params = new float[parameterCount(inputs, hidden, outputs)];
    Random r = new Random(seed);
    float scale1 = (float) Math.sqrt(1.0 / inputs);
    float scale2 = (float) Math.sqrt(1.0 / hidden);
    for (int i = 0; i < hidden * inputs; i++) {
      params[i] = scale1 * (float) r.nextGaussian();
    }
    int w2 = w2Offset();
    for (int i = 0; i < outputs * hidden; i++) {
      params[w2 + i] = scale2 * (float) r.nextGaussian();
    }
  }

  static int parameterCount(int inputs, int hidden, int outputs) {
    return hidden * inputs + hidden + outputs * hidden + outputs;
  }

  int b1Offset() {
    return hidden * inputs;
  }

  int w2Offset() {
    return b1Offset() + hidden;
  }

  int b2Offset() {
    return w2Offset() + outputs * hidden;
  }

  /**
   * Forward pass over samples {@code from..to} of {@code data}: fills hidden activations and class
   * probabilities (row-major per sample) and returns the summed cross-entropy loss.
   */
  double forward(SyntheticData data, int from, int to, float[] hiddenOut, float[] probsOut) {
    double loss = 0;
    int b1 = b1Offset();
    int w2 = w2Offset();
    int b2 = b2Offset();
    for (int n = from; n < to; n++) {
      float[] x = data.inputs[n];
      int h0 = (n - from) * hidden;
      for (int j = 0; j < hidden; j++) {
        float z = params[b1 + j];
        int row = j * inputs;
        for (int i = 0; i < inputs; i++) {
          z += params[row + i] * x[i];
        }
        hiddenOut[h0 + j] = (float) Math.tanh(z);
      }
      int p0 = (n - from) * outputs;
      float max = Float.NEGATIVE_INFINITY;
      for (int k = 0; k < outputs; k++) {
        float z = params[b2 + k];
        int row = w2 + k * hidden;
        for (int j = 0; j < hidden; j++) {
          z += params[row + j] * hiddenOut[h0 + j];
        }
        probsOut[p0 + k] = z;
        max = Math.max(max, z);
      }
      double sum = 0;
      for (int k = 0; k < outputs; k++) {
        float e = (float) Math.exp(probsOut[p0 + k] - max);
        probsOut[p0 + k] = e;
        sum += e;
      }
      for (int k = 0; k < outputs; k++) {
        probsOut[p0 + k] /= (float) sum;
      }
      loss -= Math.log(Math.max(1e-12, probsOut[p0 + data.labels[n]]));
    }
    return loss;
  }

  /**
   * Backward pass for samples {@code from..to} after {@link #forward}: adds the gradient of the
   * summed loss with respect to every parameter into {@code grad}.
   */
  void backward(
      SyntheticData data, int from, int to, float[] hiddenIn, float[] probsIn, float[] grad) {
    int b1 = b1Offset();
    int w2 = w2Offset();
    int b2 = b2Offset();
    float[] dHidden = new float[hidden];
    for (int n = from; n < to; n++) {
      float[] x = data.inputs[n];
      int h0 = (n - from) * hidden;
      int p0 = (n - from) * outputs;
      java.util.Arrays.fill(dHidden, 0f);
      for (int k = 0; k < outputs; k++) {
        float dz = probsIn[p0 + k] - (k == data.labels[n] ? 1f : 0f);
        grad[b2 + k] += dz;
        int row = w2 + k * hidden;
        for (int j = 0; j < hidden; j++) {
          grad[row + j] += dz * hiddenIn[h0 + j];
          dHidden[j] += dz * params[row + j];
        }
      }
      for (int j = 0; j < hidden; j++) {
        float a = hiddenIn[h0 + j];
        float dz = dHidden[j] * (1 - a * a);
        grad[b1 + j] += dz;
        int row = j * inputs;
        for (int i = 0; i < inputs; i++) {
          grad[row + i] += dz * x[i];
        }
      }
    }
  }
}
