package io.serialscope.samples;

import java.util.SplittableRandom;

/**
 * One worker of {@link ContendedModelUpdate}: repeatedly computes the least-squares gradient of a
 * small mini-batch of its own data shard against the current shared weights (read without the lock,
 * as parameter-server code does), then applies it to the shared parameters.
 */
final class UpdateWorker implements Runnable {
  private final SharedParameters shared;
  private final int samples;
  private final long seed;
  private final int iterations;
  private final int miniBatch;
  private final double[] gradient;
  long computeNanos;
  long updateNanos;

  UpdateWorker(SharedParameters shared, int samples, int iterations, int miniBatch, long seed) {
    this.shared = shared;
    this.iterations = iterations;
    this.miniBatch = miniBatch;
    int size = shared.weights.length;
    this.gradient = new double[size];
    this.samples = samples;
    this.seed = seed;
  }

  @Override
  public void run() {
    float[][] features = new float[samples][];
    double[] targets = new double[samples];
    generateShard(features, targets);
    train(features, targets);
  }

  /** The worker's own data: made here, in parallel, as each worker would read its own shard. */
  private void generateShard(float[][] features, double[] targets) {
    int size = shared.weights.length;
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < samples; n++) {
      features[n] = new float[size];
      double target = 0;
      for (int i = 0; i < size; i++) {
        float x = (float) random.nextGaussian();
        features[n][i] = x;
        target += x * StrictMath.sin(i); // the true weights: sin(i)
      }
      targets[n] = target;
    }
  }

  private void train(float[][] features, double[] targets) {
    double[] weights = shared.weights;
    int next = 0;
    for (int it = 0; it < iterations; it++) {
      long start = ThreadCpuClock.nanos();
      java.util.Arrays.fill(gradient, 0);
      for (int b = 0; b < miniBatch; b++) {
        float[] x = features[next];
        double prediction = 0;
        for (int i = 0; i < x.length; i++) {
          prediction += weights[i] * x[i];
        }
        double error = prediction - targets[next];
        for (int i = 0; i < x.length; i++) {
          gradient[i] += error * x[i];
        }
        next = (next + 1) % features.length;
      }
      long computed = ThreadCpuClock.nanos();
      shared.apply(gradient);
      long applied = ThreadCpuClock.nanos();
      computeNanos += computed - start;
      updateNanos += applied - computed;
    }
  }
}
