package io.serialscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runnable sample "recurrent": an RNN encodes one long sequence, step after step on the main
 * thread; every {@link #READOUT_EVERY} steps a tiny readout task (a linear projection of a copy of
 * the state) runs on a pool, as a model that emits predictions along the way would.
 *
 * <p>Expected finding: inherently serial (each step needs the previous state), so the span is
 * almost the whole work and the parallelism stays near 1: no core count helps, only faster serial
 * execution does.
 *
 * <p>Usage: {@code RecurrentSequence [--steps=50000] [--hidden=256] [--seed=42]}.
 */
public final class RecurrentSequence {
  static final int INPUTS = 32;
  static final int OUTPUTS = 8;
  static final int READOUT_EVERY = 200;
  static final String USAGE = "usage: RecurrentSequence [--steps=N] [--hidden=N] [--seed=N]";

  private RecurrentSequence() {}

  public static void main(String[] args) throws Exception {
    int steps;
    int hidden;
    int seed;
    try {
      SampleOptions options =
          SampleOptions.parse(USAGE, Map.of("steps", "50000", "hidden", "256", "seed", "42"), args);
      steps = options.integer("steps", 1, 100_000_000);
      hidden = options.integer("hidden", 1, 4096);
      seed = options.integer("seed", 0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("RecurrentSequence", e);
      return;
    }
    long start = System.nanoTime();
    double checksum = encode(new ElmanCell(INPUTS, hidden, seed), steps, seed);
    System.out.println(
        "encoded "
            + steps
            + " steps with a "
            + hidden
            + "-unit RNN; readout checksum "
            + SampleOutput.fixed(checksum, 6));
    System.out.println(SampleOutput.elapsed(start));
  }

  /** Runs the sequence; returns the sum of all readouts (to keep the work observable). */
  static double encode(ElmanCell cell, int steps, long seed) throws Exception {
    double[] readout =
        new java.util.Random(seed + 1).doubles(OUTPUTS * cell.hidden, -1, 1).toArray();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    List<Future<Double>> readouts = new ArrayList<>();
    double[] state = new double[cell.hidden];
    double[] next = new double[cell.hidden];
    double[] x = new double[cell.inputs];
    try {
      for (int t = 0; t < steps; t++) {
        input(t, x);
        cell.step(state, x, next);
        double[] swap = state;
        state = next;
        next = swap;
        if ((t + 1) % READOUT_EVERY == 0) {
          double[] snapshot = state.clone();
          readouts.add(readers.submit(() -> project(readout, snapshot)));
        }
      }
      double sum = 0;
      for (Future<Double> r : readouts) {
        sum += r.get();
      }
      return sum;
    } finally {
      readers.shutdown();
    }
  }

  /** A deterministic input signal: a few sine waves of different periods. */
  private static void input(int t, double[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] = StrictMath.sin(t * (0.01 + 0.003 * i));
    }
  }

  /** The readout: summed linear projection of the state onto {@link #OUTPUTS} outputs. */
  private static double project(double[] weights, double[] state) {
    double sum = 0;
    for (int k = 0; k < OUTPUTS; k++) {
      int row = k * state.length;
      for (int j = 0; j < state.length; j++) {
        sum += weights[row + j] * state[j];
      }
    }
    return sum;
  }
}
