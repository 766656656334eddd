package io.serialscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small ML training loop: per step, the mini-batch gradient is computed in parallel (one task per
 * shard on a fixed pool), then a serial phase reduces the gradients, applies Adam and evaluates on
 * a validation set. The serial phase is what limits scaling.
 */
public final class MlpTraining {
  private final TrainingOptions options;
  private final SyntheticData train;
  private final SyntheticData validation;
  private final Mlp model;
  private final AdamOptimizer optimizer;

  MlpTraining(TrainingOptions options) {
    this.options = options;
    this.train = SyntheticData.clusters(8192, 64, 10, options.seed());
    this.validation = SyntheticData.clusters(512, 64, 10, options.seed());
    this.model = new Mlp(64, 128, 10, options.seed());
    this.optimizer = new AdamOptimizer(model.params.length, 0.003f);
  }

  public static void main(String[] args) throws Exception {
    TrainingOptions options;
    try {
      options = TrainingOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("MlpTraining: " + e.getMessage());
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    MlpTraining training = new MlpTraining(options);
    double initial = training.validationLoss();
    double last = training.train(options.steps() / 10 + 1);
    System.out.printf(
        "initial loss %.4f, final loss %.4f, %d steps on %d threads in %d ms%n",
        initial, last, options.steps(), options.threads(), (System.nanoTime() - start) / 1_000_000);
  }

  /** Trains for the configured steps; returns the last validation loss. */
  double train(int reportEvery) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      double loss = Double.NaN;
      for (int step = 0; step < options.steps(); step++) {
        float[] gradient = step(pool, step);
        applyUpdate(gradient);
        loss = validationLoss();
        if (reportEvery > 0 && (step + 1) % reportEvery == 0) {
          System.out.printf("step %d: validation loss %.4f%n", step + 1, loss);
        }
      }
      return loss;
    } finally {
      pool.shutdown();
    }
  }

  /** The parallel phase: one task per shard, then the gradients summed in shard order. */
  float[] step(ExecutorService pool, int step) throws InterruptedException, ExecutionException {
    int batch = options.batch();
    int offset = (step * batch) % (train.size() - batch + 1);
    List<Future<float[]>> shards = new ArrayList<>(options.shards());
    for (int s = 0; s < options.shards(); s++) {
      int from = offset + s * batch / options.shards();
      int to = offset + (s + 1) * batch / options.shards();
      shards.add(pool.submit(new ShardGradient(model, train, from, to)));
    }
    return reduceGradients(shards);
  }

  float[] reduceGradients(List<Future<float[]>> shards)
      throws InterruptedException, ExecutionException {
    float[] total = new float[model.params.length];
    for (Future<float[]> shard : shards) {
      float[] g = shard.get();
      for (int i = 0; i < total.length; i++) {
        total[i] += g[i];
      }
    }
    return total;
  }

  void applyUpdate(float[] gradient) {
    optimizer.step(model.params, gradient, options.batch());
  }

  /** Mean cross-entropy on the validation set: serial, like most evaluation code. */
  double validationLoss() {
    int n = validation.size();
    float[] hidden = new float[n * model.hidden];
    float[] probs = new float[n * model.outputs];
    return model.forward(validation, 0, n, hidden, probs) / n;
  }

  float[] parameters() {
    return model.params.clone();
  }
}
