package io.serialscope.samples;

import java.util.concurrent.Callable;

/**
 * One parallel task of {@link BatchInference}: decodes one chunk of inputs (drawn from a seed, as a
 * reader would decode them from storage) and scores it block by block with reused buffers.
 */
final class InferenceChunk implements Callable<long[]> {
  /** Samples per forward call: keeps the activation buffers small and in cache. */
  private static final int BLOCK = 256;

  private final Mlp model;
  private final int size;
  private final long seed;
  private final int index;

  InferenceChunk(Mlp model, int size, long seed, int index) {
    this.model = model;
    this.size = size;
    this.seed = seed;
    this.index = index;
  }

  /** Class counts of the chunk's predictions (argmax of the softmax). */
  @Override
  public long[] call() {
    SyntheticData inputs =
        SyntheticData.clusters(size, model.inputs, model.outputs, seed, 2 + index);
    double[] hidden = new double[BLOCK * model.hidden];
    double[] probs = new double[BLOCK * model.outputs];
    long[] counts = new long[model.outputs];
    for (int from = 0; from < size; from += BLOCK) {
      int to = Math.min(size, from + BLOCK);
      model.forward(inputs, from, to, hidden, probs);
      for (int s = 0; s < to - from; s++) {
        counts[argmax(probs, s * model.outputs, model.outputs)]++;
      }
    }
    return counts;
  }

  private static int argmax(double[] values, int offset, int length) {
    int best = 0;
    for (int k = 1; k < length; k++) {
      if (values[offset + k] > values[offset + best]) {
        best = k;
      }
    }
    return best;
  }
}
