package io.serialscope.samples;

import java.util.concurrent.BlockingQueue;

/**
 * Stage 3 of {@link DataPipeline}: one SGD step of softmax regression on a batch of augmented
 * images (every pixel a feature), plus a running count of correct predictions.
 */
final class PipelineTrainer {
  private static final double LEARNING_RATE = 0.1;

  private final int features;
  private final double[] weights; // classes × features, then classes biases
  private long seen;
  private long correct;

  PipelineTrainer(int side) {
    this.features = side * side;
    this.weights = new double[BatchLoader.CLASSES * (features + 1)];
  }

  /**
   * The stage's loop: one step per batch from {@code in} until the end marker; returns the CPU time
   * it used (waiting on the queue excluded).
   */
  long run(BlockingQueue<ImageBatch> in) throws InterruptedException {
    long start = ThreadCpuClock.nanos();
    for (ImageBatch b = in.take(); b != ImageBatch.END; b = in.take()) {
      trainStep(b);
    }
    return ThreadCpuClock.nanos() - start;
  }

  void trainStep(ImageBatch batch) {
    int classes = BatchLoader.CLASSES;
    double[] gradient = new double[weights.length];
    double[] logits = new double[classes];
    float[] pixels = batch.pixels();
    for (int n = 0; n < batch.images(); n++) {
      int base = n * features;
      double max = Double.NEGATIVE_INFINITY;
      int best = 0;
      for (int k = 0; k < classes; k++) {
        double z = weights[classes * features + k];
        int row = k * features;
        for (int i = 0; i < features; i++) {
          z += weights[row + i] * pixels[base + i];
        }
        logits[k] = z;
        if (z > max) {
          max = z;
          best = k;
        }
      }
      correct += best == batch.labels()[n] ? 1 : 0;
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        logits[k] = StrictMath.exp(logits[k] - max);
        sum += logits[k];
      }
      for (int k = 0; k < classes; k++) {
        double dz = logits[k] / sum - (k == batch.labels()[n] ? 1 : 0);
        gradient[classes * features + k] += dz;
        int row = k * features;
        for (int i = 0; i < features; i++) {
          gradient[row + i] += dz * pixels[base + i];
        }
      }
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] -= LEARNING_RATE * gradient[i] / batch.images();
    }
    seen += batch.images();
  }

  /** Share of the images seen so far that the model (as it was then) classified correctly. */
  double runningAccuracy() {
    return seen == 0 ? 0 : (double) correct / seen;
  }
}
