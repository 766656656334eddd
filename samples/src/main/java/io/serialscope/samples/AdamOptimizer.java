package io.serialscope.samples;

/** Adam over a flat parameter array: the serial update at the end of every training step. */
final class AdamOptimizer {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final double learningRate;
  private final double[] firstMoment;
  private final double[] secondMoment;
  private int steps;

  AdamOptimizer(int parameters, double learningRate) {
    this.learningRate = learningRate;
    this.firstMoment = new double[parameters];
    this.secondMoment = new double[parameters];
  }

  /** Moves {@code params} against {@code gradient} (the mean gradient of one mini-batch). */
  void step(double[] params, double[] gradient) {
    steps++;
    double correction1 = 1 - StrictMath.pow(BETA1, steps);
    double correction2 = 1 - StrictMath.pow(BETA2, steps);
    for (int i = 0; i < params.length; i++) {
      double g = gradient[i];
      firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * g;
      secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * g * g;
      double mHat = firstMoment[i] / correction1;
      double vHat = secondMoment[i] / correction2;
      params[i] -= learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
    }
  }
}
