package io.serialscope.samples;

import java.util.concurrent.ExecutionException;

/**
 * Runnable sample: a small multi-layer perceptron trained with data-parallel mini-batch gradients
 * on a thread pool and a serial reduce / optimizer / evaluation phase per step. See {@link
 * TrainingOptions} for the arguments.
 */
public final class MlpTraining {
  private MlpTraining() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    TrainingOptions options;
    try {
      options = TrainingOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("MlpTraining: " + e.getMessage());
      System.err.println(TrainingOptions.USAGE);
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    TrainingRun run = new TrainingRun(options);
    System.out.printf(
        "training a %d-%d-%d MLP: %d steps, batch %d in %d shards, %d threads, seed %d%n",
        TrainingRun.FEATURES,
        TrainingRun.HIDDEN,
        TrainingRun.CLASSES,
        options.steps(),
        options.batch(),
        options.shards(),
        options.threads(),
        options.seed());
    TrainingSummary summary = run.train(System.out);
    System.out.printf(
        "initial loss %.4f, final loss %.4f, final accuracy %.3f%n",
        summary.initial().loss(), summary.last().loss(), summary.last().accuracy());
    System.out.printf(
        "cpu time: serial phases %d ms, gradient tasks %d ms, serial share of work %.1f%%%n",
        summary.serialNanos() / 1_000_000,
        summary.shardWorkNanos() / 1_000_000,
        100 * summary.serialShare());
    System.out.printf("elapsed %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }
}
