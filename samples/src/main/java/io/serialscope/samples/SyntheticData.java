package io.serialscope.samples;

import java.util.Random;

/**
 * A classification problem with a known answer: points drawn around {@code classes} random centres
 * in {@code features} dimensions, so a small network can really learn it.
 */
final class SyntheticData {
  final float[][] inputs;
  final int[] labels;
  final int features;
  final int classes;

  private SyntheticData(float[][] inputs, int[] labels, int features, int classes) {
    this.inputs = inputs;
    this.labels = labels;
    this.features = features;
    this.classes = classes;
  }

  static SyntheticData clusters(int samples, int features, int classes, long seed) {
    Random centres = new Random(seed);
    float[][] centre = new float[classes][features];
    for (float[] c : centre) {
      for (int f = 0; f < features; f++) {
        c[f] = (float) centres.nextGaussian();
      }
    }
    Random noise = new Random(seed + 1);
    float[][] inputs = new float[samples][features];
    int[] labels = new int[samples];
    for (int i = 0; i < samples; i++) {
      int label = noise.nextInt(classes);
      labels[i] = label;
      for (int f = 0; f < features; f++) {
        inputs[i][f] = centre[label][f] + 2.5f * (float) noise.nextGaussian();
      }
    }
    return new SyntheticData(inputs, labels, features, classes);
  }

  int size() {
    return labels.length;
  }
}
