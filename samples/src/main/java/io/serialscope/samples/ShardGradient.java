package io.serialscope.samples;

import java.util.concurrent.Callable;

/** One parallel task of a training step: forward and backward over one shard of the batch. */
final class ShardGradient implements Callable<float[]> {
  private final Mlp model;
  private final SyntheticData data;
  private final int from;
  private final int to;

  ShardGradient(Mlp model, SyntheticData data, int from, int to) {
    this.model = model;
    this.data = data;
    this.from = from;
    this.to = to;
  }

  @Override
  public float[] call() {
    int n = to - from;
    float[] hidden = new float[n * model.hidden];
    float[] probs = new float[n * model.outputs];
    model.forward(data, from, to, hidden, probs);
    float[] grad = new float[model.params.length];
    model.backward(data, from, to, hidden, probs, grad);
    return grad;
  }
}
