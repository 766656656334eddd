package io.serialscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runnable sample "cellular-automaton": a Lenia world simulated step by step; each step splits the
 * grid into {@code --bands} bands of rows computed in parallel ({@code invokeAll} on a fixed pool,
 * which waits for all of them: the barrier between steps), then the main thread sums the mass and
 * swaps the buffers.
 *
 * <p>Expected finding: the width is the band count and the depth is the step count, so the
 * parallelism is close to the band count (more bands, or a larger grid cut into more bands, would
 * scale further) and the serial fraction is small.
 *
 * <p>Usage: {@code CellularAutomaton [--size=512] [--radius=4] [--steps=150] [--bands=8]
 * [--threads=N] [--seed=42]}.
 */
public final class CellularAutomaton {
  static final String USAGE =
      "usage: CellularAutomaton [--size=N] [--radius=N] [--steps=N] [--bands=N] [--threads=N]"
          + " [--seed=N]";

  private CellularAutomaton() {}

  public static void main(String[] args) throws Exception {
    int size;
    int radius;
    int steps;
    int bands;
    int threads;
    int seed;
    try {
      SampleOptions options =
          SampleOptions.parse(
              USAGE,
              Map.of(
                  "size", "512",
                  "radius", "4",
                  "steps", "150",
                  "bands", "8",
                  "threads", String.valueOf(Runtime.getRuntime().availableProcessors()),
                  "seed", "42"),
              args);
      size = options.integer("size", 8, 8192);
      radius = options.integer("radius", 1, size / 2 - 1);
      steps = options.integer("steps", 1, 1_000_000);
      bands = options.integer("bands", 1, size);
      threads = options.integer("threads", 1, 1024);
      seed = options.integer("seed", 0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("CellularAutomaton", e);
      return;
    }
    long start = System.nanoTime();
    LeniaWorld world = new LeniaWorld(size, radius, seed);
    double mass = simulate(world, steps, bands, threads);
    System.out.println(
        "simulated "
            + steps
            + " steps of a "
            + size
            + "x"
            + size
            + " Lenia world in "
            + bands
            + " bands on "
            + threads
            + " threads; final mass "
            + SampleOutput.fixed(mass, 3));
    System.out.println(SampleOutput.elapsed(start));
  }

  /** Runs the steps; returns the mass (summed cell states) after the last one. */
  static double simulate(LeniaWorld world, int steps, int bands, int threads) throws Exception {
    List<Callable<Double>> bandUpdates = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      int from = b * world.size / bands;
      int to = (b + 1) * world.size / bands;
      bandUpdates.add(() -> world.updateRows(from, to));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double mass = 0;
      for (int step = 0; step < steps; step++) {
        mass = 0;
        for (Future<Double> band : pool.invokeAll(bandUpdates)) {
          mass += band.get(); // in band order, so the sum does not depend on timing
        }
        world.advance();
      }
      return mass;
    } finally {
      pool.shutdown();
    }
  }
}
