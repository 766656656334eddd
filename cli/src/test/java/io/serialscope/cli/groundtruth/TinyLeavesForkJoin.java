package io.serialscope.cli.groundtruth;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A task storm of known structure: {@code ROUNDS} rounds, each a serial phase on the main thread
 * ({@code SERIAL_MS} ms of CPU, {@link Spin}) followed by a binary fork/join tree on a {@code
 * ForkJoinPool(2)} whose {@code LEAVES} leaves each spin {@code LEAF_MICROS} µs of wall time. Inner
 * nodes fork their left half, compute their right half themselves and join the left one, so most
 * leaves run on the thread that forked them: the tasks the agent merges. Arguments: rounds, leaves
 * (a power of two), leafMicros, serialMs.
 *
 * <ul>
 *   <li>Work T1 = rounds·(serialMs + leaves·leafMicros) plus the fork/join machinery.
 *   <li>Span T∞ = rounds·serialMs plus, per round, one leaf and the tree's depth of forks and joins
 *       (well under a millisecond).
 * </ul>
 */
public final class TinyLeavesForkJoin {
  private static volatile long sink;

  static final class Node extends RecursiveAction {
    private final int leaves;
    private final long leafNanos;

    Node(int leaves, long leafNanos) {
      this.leaves = leaves;
      this.leafNanos = leafNanos;
    }

    @Override
    protected void compute() {
      if (leaves == 1) {
        spinWall(leafNanos);
        return;
      }
      Node left = new Node(leaves / 2, leafNanos);
      left.fork();
      new Node(leaves - leaves / 2, leafNanos).compute();
      left.join();
    }
  }

  private TinyLeavesForkJoin() {}

  /** Spins {@code nanos} of wall time: too short a leaf to read the CPU clock around it. */
  static void spinWall(long nanos) {
    long end = System.nanoTime() + nanos;
    long x = 0;
    while (System.nanoTime() < end) {
      x += x * 31 + 7;
    }
    sink = x;
  }

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int leaves = Integer.parseInt(args[1]);
    long leafNanos = Long.parseLong(args[2]) * 1000;
    long serialMs = Long.parseLong(args[3]);
    ForkJoinPool pool = new ForkJoinPool(2);
    for (int r = 0; r < rounds; r++) {
      Spin.millis(serialMs);
      pool.invoke(new Node(leaves, leafNanos));
    }
    pool.shutdown();
  }
}
