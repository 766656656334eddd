package io.serialscope.samples;

import java.util.Random;

/**
 * A continuous cellular automaton (Lenia): on a torus of {@code size × size} cells with states in
 * [0, 1], each step convolves the grid with a ring-shaped kernel and moves every cell by a growth
 * function of its neighbourhood. Every cell of step t+1 needs its neighbours at step t: the steps
 * are a chain, the cells within a step are independent.
 */
final class LeniaWorld {
  private static final double MU = 0.15;
  private static final double SIGMA = 0.017;
  private static final double DT = 0.1;

  final int size;
  private final int[] tapRows;
  private final int[] tapColumns;
  private final double[] tapWeights;
  private double[] current;
  private double[] next;

  LeniaWorld(int size, int radius, long seed) {
    this.size = size;
    this.current = new double[size * size];
    this.next = new double[size * size];
    int taps = 0;
    double[] weights = new double[(2 * radius + 1) * (2 * radius + 1)];
    int[] rows = new int[weights.length];
    int[] columns = new int[weights.length];
    double total = 0;
    for (int dy = -radius; dy <= radius; dy++) {
      for (int dx = -radius; dx <= radius; dx++) {
        double r = Math.sqrt(dx * dx + dy * dy) / radius;
        if (r > 0 && r < 1) {
          double w = Math.exp(4 - 1 / (r * (1 - r))); // the smooth ring of Lenia's "bell"
          rows[taps] = dy;
          columns[taps] = dx;
          weights[taps++] = w;
          total += w;
        }
      }
    }
    this.tapRows = java.util.Arrays.copyOf(rows, taps);
    this.tapColumns = java.util.Arrays.copyOf(columns, taps);
    this.tapWeights = java.util.Arrays.copyOf(weights, taps);
    for (int t = 0; t < taps; t++) {
      tapWeights[t] /= total;
    }
    seedBlobs(new Random(seed));
  }

  /**
   * Computes rows {@code fromRow..toRow-1} of the next state from the current one; returns their
   * summed mass. Bands of rows can run at the same time: they only read {@code current}.
   */
  double updateRows(int fromRow, int toRow) {
    double mass = 0;
    for (int y = fromRow; y < toRow; y++) {
      for (int x = 0; x < size; x++) {
        double potential = 0;
        for (int t = 0; t < tapWeights.length; t++) {
          int yy = wrap(y + tapRows[t]);
          int xx = wrap(x + tapColumns[t]);
          potential += tapWeights[t] * current[yy * size + xx];
        }
        double d = (potential - MU) / SIGMA;
        double growth = 2 * StrictMath.exp(-0.5 * d * d) - 1;
        double value = Math.min(1, Math.max(0, current[y * size + x] + DT * growth));
        next[y * size + x] = value;
        mass += value;
      }
    }
    return mass;
  }

  /** Makes the computed next state current: the serial hand-over between two steps. */
  void advance() {
    double[] swap = current;
    current = next;
    next = swap;
  }

  private int wrap(int i) {
    return i < 0 ? i + size : i >= size ? i - size : i;
  }

  /** Random soft squares of random noise: the usual way to start Lenia. */
  private void seedBlobs(Random random) {
    int blobs = Math.max(1, size * size / 4096);
    int side = Math.max(2, size / 10);
    for (int b = 0; b < blobs; b++) {
      int y0 = random.nextInt(size);
      int x0 = random.nextInt(size);
      for (int dy = 0; dy < side; dy++) {
        for (int dx = 0; dx < side; dx++) {
          current[wrap2(y0 + dy) * size + wrap2(x0 + dx)] = random.nextDouble();
        }
      }
    }
  }

  private int wrap2(int i) {
    return i % size;
  }
}
