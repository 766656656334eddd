package io.serialscope.cli.groundtruth;

import java.util.concurrent.SynchronousQueue;

/**
 * A producer thread and a consumer thread hand {@value #ITEMS} items through a {@link
 * SynchronousQueue}: the producer spends {@value #PRODUCE_MS} ms per item, then {@code put}s it;
 * the consumer {@code take}s it, then spends {@value #CONSUME_MS} ms. The consumer is the
 * bottleneck.
 *
 * <p>ASAP: item i (1-based) is consumed in [100 + 200(i−1), 100 + 200i], so the consumer works
 * without a gap from 100 to 1300. Item 1 is produced in [0, 100]; item i ≥ 2 is produced while the
 * consumer works: in [100(i−1), 100i] if only put → take is recorded, in [100 + 200(i−2), 200(i−1)]
 * if the producer's put of item i−1 is also seen to wait for its take. Either way the answers below
 * hold.
 *
 * <ul>
 *   <li>Work T1 = 6·(100 + 200) = 1800 ms.
 *   <li>Span T∞ = 100 + 6·200 = 1300 ms.
 *   <li>At most 2 segments run at once; 2 run exactly while items 2..6 are produced (5·100 ms), so
 *       one runs for the other 1800 − 2·500 = 800 ms: s = 800 / 1800 = 0.444.
 *   <li>Greedy on p ≥ 2 is the ASAP schedule: T_4 = T_8 = 1300, S(4) = S(8) = 1800 / 1300 = 1.385.
 * </ul>
 */
public final class SynchronousHandoff {
  static final int ITEMS = 6;
  static final int PRODUCE_MS = 100;
  static final int CONSUME_MS = 200;

  /** One handed-off item (a new object each, so each put has its own take). */
  record Item(int number) {}

  private SynchronousHandoff() {}

  public static void main(String[] args) throws Exception {
    SynchronousQueue<Item> queue = new SynchronousQueue<>();
    int[] consumed = new int[1];
    Thread producer =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  Spin.millis(PRODUCE_MS);
                  queue.put(new Item(i));
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            "producer");
    Thread consumer =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  Item item = queue.take();
                  if (item.number() != i) {
                    throw new IllegalStateException("out of order: " + item);
                  }
                  Spin.millis(CONSUME_MS);
                  consumed[0]++;
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            "consumer");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    if (consumed[0] != ITEMS) {
      throw new AssertionError("consumed " + consumed[0]);
    }
  }
}
