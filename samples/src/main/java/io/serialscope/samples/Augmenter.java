package io.serialscope.samples;

import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;

/**
 * Stage 2 of {@link DataPipeline}, the slow one: per image a random flip, a random brightness and
 * contrast jitter, and {@code blurPasses} passes of a separable 5-tap Gaussian blur (denoising, as
 * an augmentation pipeline with several filters would do).
 */
final class Augmenter {
  private static final float[] TAPS = {1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f};

  private final int blurPasses;
  private final long seed;

  Augmenter(int blurPasses, long seed) {
    this.blurPasses = blurPasses;
    this.seed = seed;
  }

  /**
   * The stage's loop: augments every batch from {@code in} into {@code out} until the end marker,
   * which it passes on; returns the CPU time it used (waiting on the queues excluded).
   */
  long run(BlockingQueue<ImageBatch> in, BlockingQueue<ImageBatch> out)
      throws InterruptedException {
    long start = ThreadCpuClock.nanos();
    for (ImageBatch b = in.take(); b != ImageBatch.END; b = in.take()) {
      out.put(augment(b));
    }
    out.put(ImageBatch.END);
    return ThreadCpuClock.nanos() - start;
  }

  ImageBatch augment(ImageBatch batch) {
    SplittableRandom random = new SplittableRandom(seed * 7_000_003L + batch.index());
    int side = batch.side();
    int area = side * side;
    float[] out = batch.pixels().clone();
    float[] scratch = new float[area];
    for (int n = 0; n < batch.images(); n++) {
      int base = n * area;
      if (random.nextBoolean()) {
        flipHorizontally(out, base, side);
      }
      for (int pass = 0; pass < blurPasses; pass++) {
        blurRows(out, base, side, scratch);
        blurColumns(scratch, out, base, side);
      }
      float gain = (float) (0.8 + 0.4 * random.nextDouble());
      float shift = (float) (0.1 * random.nextGaussian());
      for (int i = base; i < base + area; i++) {
        out[i] = out[i] * gain + shift;
      }
    }
    return new ImageBatch(batch.index(), side, out, batch.labels());
  }

  private static void flipHorizontally(float[] image, int base, int side) {
    for (int y = 0; y < side; y++) {
      int row = base + y * side;
      for (int x = 0; x < side / 2; x++) {
        float t = image[row + x];
        image[row + x] = image[row + side - 1 - x];
        image[row + side - 1 - x] = t;
      }
    }
  }

  /** Blurs each row of the image at {@code base} into {@code target} (clamped edges). */
  private static void blurRows(float[] image, int base, int side, float[] target) {
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float sum = 0;
        for (int t = 0; t < TAPS.length; t++) {
          int xx = Math.min(side - 1, Math.max(0, x + t - 2));
          sum += TAPS[t] * image[base + y * side + xx];
        }
        target[y * side + x] = sum;
      }
    }
  }

  /** Blurs each column of {@code source} back into the image at {@code base}. */
  private static void blurColumns(float[] source, float[] image, int base, int side) {
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float sum = 0;
        for (int t = 0; t < TAPS.length; t++) {
          int yy = Math.min(side - 1, Math.max(0, y + t - 2));
          sum += TAPS[t] * source[yy * side + x];
        }
        image[base + y * side + x] = sum;
      }
    }
  }
}
