package io.serialscope.samples;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** One parallel task of a training step: forward and backward over one shard of the mini-batch. */
final class ShardGradient implements Callable<ShardGradient.Result> {
  /**
   * What a shard contributes.
   *
   * @param gradientSum gradient of the summed (not averaged) loss over the shard's samples; it is
   *     the shard's workspace buffer, valid until the shard runs again
   * @param lossSum summed cross-entropy of the shard's samples, in nats
   * @param workNanos CPU time the task used, for the run's own serial-share estimate
   */
  record Result(double[] gradientSum, double lossSum, long workNanos) {}

  /**
   * Buffers one shard reuses from step to step, so a step allocates (almost) nothing and the run's
   * timing does not depend on how large the JVM makes its young generation.
   */
  static final class Workspace {
    final double[] gradient;
    final double[] hidden;
    final double[] probs;

    Workspace(Mlp model, int maxSamples) {
      this.gradient = new double[model.params.length];
      this.hidden = new double[maxSamples * model.hidden];
      this.probs = new double[maxSamples * model.outputs];
    }
  }

  private final Mlp model;
  private final SyntheticData data;
  private final int from;
  private final int to;
  private final Workspace workspace;

  ShardGradient(Mlp model, SyntheticData data, int from, int to, Workspace workspace) {
    this.model = model;
    this.data = data;
    this.from = from;
    this.to = to;
    this.workspace = workspace;
  }

  @Override
  public Result call() {
    long start = ThreadCpuClock.nanos();
    double loss = model.forward(data, from, to, workspace.hidden, workspace.probs);
    Arrays.fill(workspace.gradient, 0);
    model.backward(data, from, to, workspace.hidden, workspace.probs, workspace.gradient);
    return new Result(workspace.gradient, loss, ThreadCpuClock.nanos() - start);
  }
}
