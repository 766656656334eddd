package io.serialscope.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The training loop. Per step, a parallel phase computes one gradient per shard of the mini-batch
 * on a fixed thread pool; then a serial phase on the calling thread reduces the gradients in shard
 * order, applies Adam and, every {@link #EVALUATE_EVERY} steps, evaluates on a validation set. The
 * serial phase is what limits scaling.
 */
final class TrainingRun {
  static final int FEATURES = 64;
  static final int HIDDEN = 128;
  static final int CLASSES = 10;
  static final int TRAIN_SAMPLES = 65536;
  static final int VALIDATION_SAMPLES = 512;
  static final int EVALUATE_EVERY = 4;
  static final double LEARNING_RATE = 0.0005;

  private final TrainingOptions options;
  private final SyntheticData train;
  private final SyntheticData validation;
  private final Mlp model;
  private final AdamOptimizer optimizer;
  private final ShardGradient.Workspace[] workspaces;
  private final double[] meanGradient;
  private final ShardGradient.Workspace evaluationWorkspace;

  TrainingRun(TrainingOptions options) {
    this.options = options;
    this.train = SyntheticData.clusters(TRAIN_SAMPLES, FEATURES, CLASSES, options.seed(), 0);
    this.validation =
        SyntheticData.clusters(VALIDATION_SAMPLES, FEATURES, CLASSES, options.seed(), 1);
    this.model = new Mlp(FEATURES, HIDDEN, CLASSES, options.seed());
    this.optimizer = new AdamOptimizer(model.params.length, LEARNING_RATE);
    int shardSize = (options.batch() + options.shards() - 1) / options.shards();
    this.workspaces = new ShardGradient.Workspace[options.shards()];
    for (int s = 0; s < workspaces.length; s++) {
      workspaces[s] = new ShardGradient.Workspace(model, shardSize);
    }
    this.meanGradient = new double[model.params.length];
    this.evaluationWorkspace = new ShardGradient.Workspace(model, VALIDATION_SAMPLES);
  }

  /** Trains for the configured steps, printing a progress line every tenth of them. */
  TrainingSummary train(PrintStream progress) throws InterruptedException, ExecutionException {
    long start = System.nanoTime();
    Evaluation initial = evaluate();
    Evaluation latest = initial;
    long serialNanos = 0;
    long shardWorkNanos = 0;
    int reportEvery = Math.max(1, options.steps() / 10);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      for (int step = 1; step <= options.steps(); step++) {
        List<ShardGradient.Result> shards = computeShardGradients(pool, step);
        long serialStart = ThreadCpuClock.nanos();
        double trainLoss = applyUpdate(shards);
        if (step % EVALUATE_EVERY == 0 || step == options.steps()) {
          latest = evaluate();
        }
        serialNanos += ThreadCpuClock.nanos() - serialStart;
        for (ShardGradient.Result shard : shards) {
          shardWorkNanos += shard.workNanos();
        }
        if (step % reportEvery == 0 || step == options.steps()) {
          progress.printf(
              "step %d: train loss %.4f, validation loss %.4f, accuracy %.3f%n",
              step, trainLoss, latest.loss(), latest.accuracy());
        }
      }
    } finally {
      pool.shutdown();
    }
    return new TrainingSummary(
        initial, latest, System.nanoTime() - start, serialNanos, shardWorkNanos);
  }

  /** The parallel phase: one task per shard; waits for all of them. */
  List<ShardGradient.Result> computeShardGradients(ExecutorService pool, int step)
      throws InterruptedException, ExecutionException {
    int batch = options.batch();
    // Consecutive windows through the training set; long arithmetic so long runs do not overflow.
    int offset = (int) (((long) (step - 1) * batch) % (train.size() - batch + 1));
    List<Future<ShardGradient.Result>> futures = new ArrayList<>(options.shards());
    for (int s = 0; s < options.shards(); s++) {
      int from = offset + s * batch / options.shards();
      int to = offset + (s + 1) * batch / options.shards();
      futures.add(pool.submit(new ShardGradient(model, train, from, to, workspaces[s])));
    }
    List<ShardGradient.Result> results = new ArrayList<>(futures.size());
    for (Future<ShardGradient.Result> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  /** Serial: reduce the shard gradients, step the optimizer; returns the batch's mean loss. */
  double applyUpdate(List<ShardGradient.Result> shards) {
    optimizer.step(model.params, reduceGradients(shards));
    double lossSum = 0;
    for (ShardGradient.Result shard : shards) {
      lossSum += shard.lossSum();
    }
    return lossSum / options.batch();
  }

  /** Sums in shard order, so the result does not depend on which thread finished first. */
  double[] reduceGradients(List<ShardGradient.Result> shards) {
    double[] mean = meanGradient;
    Arrays.fill(mean, 0);
    for (ShardGradient.Result shard : shards) {
      double[] g = shard.gradientSum();
      for (int i = 0; i < mean.length; i++) {
        mean[i] += g[i];
      }
    }
    double scale = 1.0 / options.batch();
    for (int i = 0; i < mean.length; i++) {
      mean[i] *= scale;
    }
    return mean;
  }

  /** Mean cross-entropy and accuracy on the validation set: serial, like most evaluation code. */
  Evaluation evaluate() {
    int n = validation.size();
    double[] probs = evaluationWorkspace.probs;
    double loss = model.forward(validation, 0, n, evaluationWorkspace.hidden, probs) / n;
    int correct = 0;
    for (int s = 0; s < n; s++) {
      int best = 0;
      for (int k = 1; k < model.outputs; k++) {
        if (probs[s * model.outputs + k] > probs[s * model.outputs + best]) {
          best = k;
        }
      }
      correct += best == validation.labels[s] ? 1 : 0;
    }
    return new Evaluation(loss, (double) correct / n);
  }

  /** A copy of the current parameters. */
  double[] parameters() {
    return model.params.clone();
  }

  /**
   * @param loss mean cross-entropy in nats
   * @param accuracy share of samples classified correctly, 0..1
   */
  record Evaluation(double loss, double accuracy) {}
}
