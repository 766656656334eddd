package io.serialscope.samples;

import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;

/**
 * Stage 1 of {@link DataPipeline}: "decodes" batch {@code i} — renders each image from its class's
 * stripe pattern plus sensor noise, from a seed, as a reader would decode compressed images.
 */
final class BatchLoader {
  static final int CLASSES = 4;

  private final int imagesPerBatch;
  private final int side;
  private final long seed;

  BatchLoader(int imagesPerBatch, int side, long seed) {
    this.imagesPerBatch = imagesPerBatch;
    this.side = side;
    this.seed = seed;
  }

  /**
   * The stage's loop: loads batches {@code 0..batches-1} into {@code out}, then the end marker;
   * returns the CPU time it used (waiting on a full queue excluded).
   */
  long run(int batches, BlockingQueue<ImageBatch> out) throws InterruptedException {
    long start = ThreadCpuClock.nanos();
    for (int i = 0; i < batches; i++) {
      out.put(load(i));
    }
    out.put(ImageBatch.END);
    return ThreadCpuClock.nanos() - start;
  }

  ImageBatch load(int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    float[] pixels = new float[imagesPerBatch * side * side];
    int[] labels = new int[imagesPerBatch];
    for (int n = 0; n < imagesPerBatch; n++) {
      int label = random.nextInt(CLASSES);
      labels[n] = label;
      double angle = Math.PI * label / CLASSES;
      double fx = 0.4 * Math.cos(angle);
      double fy = 0.4 * Math.sin(angle);
      double phase = random.nextDouble(2 * Math.PI);
      int base = n * side * side;
      // sin(fx·x + fy·y + phase) from per-row and per-column tables: one product per pixel
      double[] sinX = new double[side];
      double[] cosX = new double[side];
      for (int x = 0; x < side; x++) {
        sinX[x] = StrictMath.sin(fx * x);
        cosX[x] = StrictMath.cos(fx * x);
      }
      double brightness = 0.35 + 0.1 * label; // a class cue a linear model can learn
      for (int y = 0; y < side; y++) {
        double sinY = StrictMath.sin(fy * y + phase);
        double cosY = StrictMath.cos(fy * y + phase);
        for (int x = 0; x < side; x++) {
          double stripe = sinX[x] * cosY + cosX[x] * sinY;
          pixels[base + y * side + x] =
              (float) (brightness + 0.3 * stripe + 0.3 * random.nextGaussian());
        }
      }
    }
    return new ImageBatch(index, side, pixels, labels);
  }
}
