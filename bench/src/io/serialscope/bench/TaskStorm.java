package io.serialscope.bench;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A task storm: a fork/join tree over N numbers with leaves of LEAF numbers (default 16: a few
 * nanoseconds each; 1024: about half a microsecond), on a pool of 2, run ROUNDS times (default 1)
 * on the same pool. Prints the leaf count, a checksum, the seconds the first tree took and, with
 * more than one round, the median seconds of the later ones (the JIT has compiled the woven code by
 * then). Usage: {@code TaskStorm N [ROUNDS [LEAF]]}.
 */
public final class TaskStorm {
  static final class Leaf extends RecursiveTask<Long> {
    static int leaf = 16;
    final int lo, hi; Leaf(int lo, int hi) { this.lo = lo; this.hi = hi; }
    protected Long compute() {
      if (hi - lo <= leaf) { long s = 0; for (int i = lo; i < hi; i++) s += (i * 2654435761L) >>> 7; return s; }
      int mid = (lo + hi) >>> 1; Leaf a = new Leaf(lo, mid); a.fork(); long b = new Leaf(mid, hi).compute(); return a.join() + b;
    }
  }
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Leaf.leaf = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    ForkJoinPool pool = new ForkJoinPool(2);
    double[] seconds = new double[rounds];
    long r = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      r = pool.invoke(new Leaf(0, n));
      seconds[round] = (System.nanoTime() - t0) / 1e9;
    }
    System.out.printf("leaves=%d result=%d seconds=%.3f", n / Leaf.leaf, r, seconds[0]);
    if (rounds > 1) {
      double[] later = Arrays.copyOfRange(seconds, 1, rounds);
      Arrays.sort(later);
      System.out.printf(" later=%.3f", later[later.length / 2]);
    }
    System.out.println();
  }
}
