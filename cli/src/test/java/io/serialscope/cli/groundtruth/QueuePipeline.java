package io.serialscope.cli.groundtruth;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A 3-stage pipeline of {@value #ITEMS} items on dedicated threads: the source spends {@value
 * #SOURCE_MS} ms per item and {@code put}s it into a {@link LinkedBlockingQueue}; the slow middle
 * stage {@code take}s it, spends {@value #MIDDLE_MS} ms and {@code offer}s a new item into an
 * {@link ArrayBlockingQueue} of capacity 2; the sink {@code poll}s it and spends {@value #SINK_MS}
 * ms. The source runs ahead, so the middle stage mostly takes without blocking; the sink always
 * waits. The bounded queue never fills (the sink is faster than the middle stage).
 *
 * <p>Item i (1-based) in the ASAP schedule: source [50(i−1), 50i]; middle [50 + 150(i−1), 50 +
 * 150i] (it waits for its previous item, never for the source after item 1); sink [50 + 150i, 100 +
 * 150i].
 *
 * <ul>
 *   <li>Work T1 = 8·(50 + 150 + 50) = 2000 ms.
 *   <li>Span T∞ = 50 + 8·150 + 50 = 1300 ms.
 *   <li>Exactly one segment runs during [0, 50] (source, item 1), during the last 100 ms of the
 *       middle stage's items 3..8 (the source is done at 400, the sink of the previous item took
 *       the first 50 ms; item 2's middle [200, 350] overlaps source items 5–7 until 350), and
 *       during [1250, 1300] (the last sink): s = (50 + 6·100 + 50) / 2000 = 0.35.
 *   <li>At most 3 segments run at once in the ASAP schedule, so a greedy schedule on 4 or more
 *       processors is the ASAP schedule: T_4 = T_8 = 1300, S(4) = S(8) = 2000 / 1300 = 1.538.
 * </ul>
 */
public final class QueuePipeline {
  static final int ITEMS = 8;
  static final int SOURCE_MS = 50;
  static final int MIDDLE_MS = 150;
  static final int SINK_MS = 50;

  /** An item travelling through a queue; a new object per hop, so each put has its own take. */
  record Item(int number) {}

  private QueuePipeline() {}

  public static void main(String[] args) throws Exception {
    BlockingQueue<Item> first = new LinkedBlockingQueue<>();
    BlockingQueue<Item> second = new ArrayBlockingQueue<>(2);
    int[] received = new int[1];
    Thread source =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  Spin.millis(SOURCE_MS);
                  first.put(new Item(i));
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            "source");
    Thread middle =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  Item in = first.take();
                  Spin.millis(MIDDLE_MS);
                  if (!second.offer(new Item(in.number() * 10), 1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("sink stalled");
                  }
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            "middle");
    Thread sink =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  Item in = second.poll(1, TimeUnit.MINUTES);
                  if (in == null || in.number() != i * 10) {
                    throw new IllegalStateException("wrong item " + in);
                  }
                  Spin.millis(SINK_MS);
                  received[0]++;
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            "sink");
    source.start();
    middle.start();
    sink.start();
    source.join();
    middle.join();
    sink.join();
    if (received[0] != ITEMS) {
      throw new AssertionError("sink received " + received[0]);
    }
  }
}
