package io.serialscope.cli.groundtruth;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A binary fork/join tree of depth 3 on a custom {@code ForkJoinPool(2)}. Every inner node spends
 * {@value #SPLIT_MS} ms before it splits, forks its left child, computes its right child itself,
 * joins the left one, then spends {@value #MERGE_MS} ms merging; each of the 8 leaves spends
 * {@value #LEAF_MS} ms.
 *
 * <ul>
 *   <li>Work T1 = 7 inner nodes·(100 + 100) + 8·200 = 3000 ms.
 *   <li>Span T∞ = 3 splits + a leaf + 3 merges = 3·100 + 200 + 3·100 = 800 ms (every root-to-leaf
 *       path).
 *   <li>ASAP: only the root's split [0, 100] and the root's merge [700, 800] run alone: s = 200 /
 *       3000 = 0.067.
 *   <li>Greedy, first-come first-served: p = 4: splits in [0, 100], [100, 200], [200, 300]; the 8
 *       leaves (ready at 300) in [300, 500] and [500, 700] (merges ready at 500 wait behind the
 *       leaves ready at 300); the 4 lowest merges [700, 800], then [800, 900], [900, 1000]: T_4 =
 *       1000, S(4) = 3000 / 1000 = 3.0. p = 8: the ASAP schedule (at most 8 segments at once), T_8
 *       = 800, S(8) = 3.75.
 * </ul>
 */
public final class ForkJoinTree {
  static final int DEPTH = 3;
  static final int SPLIT_MS = 100;
  static final int MERGE_MS = 100;
  static final int LEAF_MS = 200;

  static final class Node extends RecursiveTask<Integer> {
    private final int depth;

    Node(int depth) {
      this.depth = depth;
    }

    @Override
    protected Integer compute() {
      if (depth == DEPTH) {
        Spin.millis(LEAF_MS);
        return 1;
      }
      Spin.millis(SPLIT_MS);
      Node left = new Node(depth + 1);
      left.fork();
      int right = new Node(depth + 1).compute();
      int leaves = left.join() + right;
      Spin.millis(MERGE_MS);
      return leaves;
    }
  }

  private ForkJoinTree() {}

  public static void main(String[] args) {
    ForkJoinPool pool = new ForkJoinPool(2);
    int leaves = pool.invoke(new Node(0));
    pool.shutdown();
    if (leaves != 1 << DEPTH) {
      throw new AssertionError("tree counted " + leaves);
    }
  }
}
