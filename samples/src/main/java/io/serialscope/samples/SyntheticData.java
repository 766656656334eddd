package io.serialscope.samples;

import java.util.Random;

/**
 * A classification problem with a known answer: points drawn around {@code classes} random centres
 * in {@code features} dimensions with overlapping Gaussian noise, so a small network can learn it
 * but not instantly.
 */
final class SyntheticData {
  private static final double NOISE = 2.5;

  /** Brings every feature to unit variance, as input normalization would. */
  private static final double SCALE = 1 / Math.sqrt(1 + NOISE * NOISE);

  final double[][] inputs;
  final int[] labels;

  private SyntheticData(double[][] inputs, int[] labels) {
    this.inputs = inputs;
    this.labels = labels;
  }

  /**
   * {@code samples} points; the class centres depend only on {@code seed}, the points also on
   * {@code split}, so a training and a validation set share their centres but not their points.
   */
  static SyntheticData clusters(int samples, int features, int classes, long seed, int split) {
    Random centreRandom = new Random(seed);
    double[][] centres = new double[classes][features];
    for (double[] centre : centres) {
      for (int f = 0; f < features; f++) {
        centre[f] = centreRandom.nextGaussian();
      }
    }
    Random pointRandom = new Random(seed * 31 + split + 1);
    double[][] inputs = new double[samples][features];
    int[] labels = new int[samples];
    for (int i = 0; i < samples; i++) {
      int label = pointRandom.nextInt(classes);
      labels[i] = label;
      for (int f = 0; f < features; f++) {
        inputs[i][f] = SCALE * (centres[label][f] + NOISE * pointRandom.nextGaussian());
      }
    }
    return new SyntheticData(inputs, labels);
  }

  int size() {
    return labels.length;
  }
}
