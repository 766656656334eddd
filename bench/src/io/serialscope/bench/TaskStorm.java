package io.serialscope.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A task storm: a fork/join tree over N numbers with leaves of 16 (well under a microsecond each),
 * on a pool of 2. Prints the leaf count, a checksum and the seconds the tree took. Usage: {@code
 * TaskStorm N}.
 */
public final class TaskStorm {
  static final class Leaf extends RecursiveTask<Long> {
    final int lo, hi; Leaf(int lo, int hi) { this.lo = lo; this.hi = hi; }
    protected Long compute() {
      if (hi - lo <= 16) { long s = 0; for (int i = lo; i < hi; i++) s += (i * 2654435761L) >>> 7; return s; }
      int mid = (lo + hi) >>> 1; Leaf a = new Leaf(lo, mid); a.fork(); long b = new Leaf(mid, hi).compute(); return a.join() + b;
    }
  }
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long t0 = System.nanoTime();
    long r = new ForkJoinPool(2).invoke(new Leaf(0, n));
    long t1 = System.nanoTime();
    System.out.printf("leaves=%d result=%d seconds=%.3f%n", n / 16, r, (t1 - t0) / 1e9);
  }
}
