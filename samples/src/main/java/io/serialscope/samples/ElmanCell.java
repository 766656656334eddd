package io.serialscope.samples;

import java.util.Random;

/**
 * A plain recurrent cell, {@code h' = tanh(W·h + U·x + b)}: the step every RNN shares, where the
 * new state needs the whole previous one. Weights are scaled so the state neither dies out nor
 * saturates over long sequences (spectral radius a little below 1).
 */
final class ElmanCell {
  final int inputs;
  final int hidden;
  private final double[] recurrent; // W, hidden × hidden
  private final double[] input; // U, hidden × inputs
  private final double[] bias;

  ElmanCell(int inputs, int hidden, long seed) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.recurrent = new double[hidden * hidden];
    this.input = new double[hidden * inputs];
    this.bias = new double[hidden];
    Random random = new Random(seed);
    double recurrentScale = 0.95 / Math.sqrt(hidden);
    for (int i = 0; i < recurrent.length; i++) {
      recurrent[i] = recurrentScale * random.nextGaussian();
    }
    double inputScale = 1.0 / Math.sqrt(inputs);
    for (int i = 0; i < input.length; i++) {
      input[i] = inputScale * random.nextGaussian();
    }
    for (int j = 0; j < hidden; j++) {
      bias[j] = 0.1 * random.nextGaussian();
    }
  }

  /** Writes the next state for {@code state} and input {@code x} into {@code next}. */
  void step(double[] state, double[] x, double[] next) {
    for (int j = 0; j < hidden; j++) {
      double z = bias[j];
      int row = j * hidden;
      for (int i = 0; i < hidden; i++) {
        z += recurrent[row + i] * state[i];
      }
      int inputRow = j * inputs;
      for (int i = 0; i < inputs; i++) {
        z += input[inputRow + i] * x[i];
      }
      next[j] = StrictMath.tanh(z);
    }
  }
}
