package io.serialscope.cli.workloads;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Binary fork/join recursion to depth 3 on a pool of 2: {@value #LEAVES} leaves of {@value
 * #LEAF_MS} ms. Work = 8·400 = 3200 ms; span = one leaf = 400 ms (splitting costs microseconds);
 * T_4 = 2 rounds = 800 ms, S(4) = 4.
 */
public final class ForkJoinRecursion {
  static final int LEAVES = 8;
  static final int LEAF_MS = 400;

  static final class Split extends RecursiveAction {
    private final int leaves;

    Split(int leaves) {
      this.leaves = leaves;
    }

    @Override
    protected void compute() {
      if (leaves == 1) {
        Spin.millis(LEAF_MS);
        return;
      }
      Split left = new Split(leaves / 2);
      left.fork();
      new Split(leaves - leaves / 2).compute();
      left.join();
    }
  }

  public static void main(String[] args) {
    ForkJoinPool pool = new ForkJoinPool(2);
    pool.invoke(new Split(LEAVES));
    pool.shutdown();
  }
}
