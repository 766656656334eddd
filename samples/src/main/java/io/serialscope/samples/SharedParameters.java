package io.serialscope.samples;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Parameters of a linear model shared by the workers of {@link ContendedModelUpdate}, with Adam's
 * moment estimates and an exponential moving average of the weights (the copy one evaluates and
 * ships, as most training code keeps) beside them. An update clips the gradient's norm, steps Adam
 * and moves the average. {@link #apply} is either guarded by one lock (the safe, common way) or not
 * at all (Hogwild: updates race, and the lost ones are tolerated by SGD).
 */
final class SharedParameters {
  private static final double LEARNING_RATE = 0.001;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double MAX_GRADIENT_NORM = 10;
  private static final double AVERAGE_DECAY = 0.999;

  final double[] weights;
  final double[] averageWeights;
  private final double[] firstMoment;
  private final double[] secondMoment;
  private final boolean locked;

  /**
   * Fair, so the workers take turns as their gradients become ready. An unfair lock lets the thread
   * that just released it take it again before a woken waiter runs; on a machine with fewer cores
   * than workers the recording then shows one worker's whole streak of updates in a row, and that
   * accident of scheduling, not the program's structure, would set the critical path.
   */
  private final ReentrantLock lock = new ReentrantLock(true);

  SharedParameters(int size, boolean locked) {
    this.weights = new double[size];
    this.averageWeights = new double[size];
    this.firstMoment = new double[size];
    this.secondMoment = new double[size];
    this.locked = locked;
  }

  /** One update with {@code gradient}; under the lock unless this is the Hogwild variant. */
  void apply(double[] gradient) {
    if (!locked) {
      update(gradient);
      return;
    }
    lock.lock();
    try {
      update(gradient);
    } finally {
      lock.unlock();
    }
  }

  private void update(double[] gradient) {
    double squaredNorm = 0;
    for (double g : gradient) {
      squaredNorm += g * g;
    }
    double clip = Math.min(1, MAX_GRADIENT_NORM / Math.max(1e-12, Math.sqrt(squaredNorm)));
    for (int i = 0; i < weights.length; i++) {
      double g = clip * gradient[i];
      double m = BETA1 * firstMoment[i] + (1 - BETA1) * g;
      double v = BETA2 * secondMoment[i] + (1 - BETA2) * g * g;
      firstMoment[i] = m;
      secondMoment[i] = v;
      double w = weights[i] - LEARNING_RATE * m / (Math.sqrt(v) + 1e-8);
      weights[i] = w;
      averageWeights[i] = AVERAGE_DECAY * averageWeights[i] + (1 - AVERAGE_DECAY) * w;
    }
  }
}
