package io.serialscope.samples;

/** Adam over a flat parameter array: the serial update at the end of every training step. */
final class AdamOptimizer {
  private final float learningRate;
  private final float[] m;
  private final float[] v;
  private int t;

  AdamOptimizer(int parameters, float learningRate) {
    this.learningRate = learningRate;
    this.m = new float[parameters];
    this.v = new float[parameters];
  }

  void step(float[] params, float[] grad, int batchSize) {
    t++;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double correction1 = 1 - Math.pow(beta1, t);
    double correction2 = 1 - Math.pow(beta2, t);
    for (int i = 0; i < params.length; i++) {
      float g = grad[i] / batchSize;
      m[i] = (float) (beta1 * m[i] + (1 - beta1) * g);
      v[i] = (float) (beta2 * v[i] + (1 - beta2) * g * g);
      double mHat = m[i] / correction1;
      double vHat = v[i] / correction2;
      params[i] -= (float) (learningRate * mHat / (Math.sqrt(vHat) + 1e-8));
    }
  }
}
