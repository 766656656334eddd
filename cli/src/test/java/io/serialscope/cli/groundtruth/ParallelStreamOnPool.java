package io.serialscope.cli.groundtruth;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@value #SERIAL_MS} ms on the main thread, then a parallel stream of {@value #ELEMENTS} elements
 * of {@value #ELEMENT_MS} ms each run inside a custom {@code ForkJoinPool(2)} ({@code
 * pool.submit(() -> stream...).get()}), then {@value #SERIAL_MS} ms more on the main thread.
 *
 * <p>A stream evaluated inside a fork/join pool sizes its leaves by that pool's parallelism (4
 * leaves a worker: 8 elements / (2·4) = one element a leaf), so every element is a leaf of its own
 * whatever the machine.
 *
 * <ul>
 *   <li>Work T1 = 200 + 8·200 + 200 = 2000 ms.
 *   <li>Span T∞ = 200 + 200 + 200 = 600 ms (splitting and combining cost microseconds).
 *   <li>s = (200 + 200) / 2000 = 0.2.
 *   <li>Greedy: T_4 = 200 + 2 rounds·200 + 200 = 800, S(4) = 2.5; T_8 = 600, S(8) = 3.333.
 * </ul>
 */
public final class ParallelStreamOnPool {
  static final int SERIAL_MS = 200;
  static final int ELEMENTS = 8;
  static final int ELEMENT_MS = 200;

  private ParallelStreamOnPool() {}

  public static void main(String[] args) throws Exception {
    Spin.millis(SERIAL_MS);
    ForkJoinPool pool = new ForkJoinPool(2);
    int sum =
        pool.submit(
                () ->
                    IntStream.range(0, ELEMENTS)
                        .parallel()
                        .map(
                            i -> {
                              Spin.millis(ELEMENT_MS);
                              return i;
                            })
                        .sum())
            .get();
    pool.shutdown();
    if (sum != ELEMENTS * (ELEMENTS - 1) / 2) {
      throw new AssertionError("stream summed " + sum);
    }
    Spin.millis(SERIAL_MS);
  }
}
