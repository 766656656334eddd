package io.serialscope.bench.ml;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Trains a Smile {@link RandomForest} on synthetic data. Smile builds the trees in a parallel
 * stream ({@code Arrays.stream(seeds).parallel()}), i.e. on the common fork-join pool, whose size is
 * set with {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=N}.
 *
 * <p>Phases: generate the data (serial), train (parallel tree building plus Smile's own serial
 * bookkeeping), evaluate on a held-out set (serial loop over rows).
 *
 * <p>By default the whole program body runs inside one common-pool task, so that parallelism=N
 * means N cores of work: a parallel stream started from the main thread also runs elements on the
 * main thread, so parallelism=1 would use two cores. {@code --from-main} calls Smile from the main
 * thread instead, as most applications would.
 *
 * <p>Usage: {@code SmileForest [--trees=100] [--rows=6000] [--features=20] [--from-main]}; prints
 * {@code elapsed_ms=...}.
 */
public final class SmileForest {
  public static void main(String[] args) throws Exception {
    int trees = 100;
    int rows = 6000;
    int features = 20;
    boolean fromMain = false;
    for (String arg : args) {
      if (arg.equals("--from-main")) {
        fromMain = true;
      } else if (arg.startsWith("--trees=")) {
        trees = Integer.parseInt(arg.substring(8));
      } else if (arg.startsWith("--rows=")) {
        rows = Integer.parseInt(arg.substring(7));
      } else if (arg.startsWith("--features=")) {
        features = Integer.parseInt(arg.substring(11));
      } else {
        System.err.println("SmileForest: unknown argument " + arg);
        System.exit(2);
      }
    }
    long start = System.nanoTime();
    final int t = trees, r = rows, f = features;
    String result;
    if (fromMain) {
      result = body(t, r, f);
    } else {
      CompletableFuture<String> done = new CompletableFuture<>();
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                try {
                  done.complete(body(t, r, f));
                } catch (Throwable e) {
                  done.completeExceptionally(e);
                }
              });
      result = done.join();
    }
    System.out.printf(
        "%s parallelism=%d elapsed_ms=%d%n",
        result, ForkJoinPool.getCommonPoolParallelism(), (System.nanoTime() - start) / 1_000_000);
  }

  static String body(int trees, int rows, int features) {
    DataFrame train = generate(rows, features, 1);
    DataFrame test = generate(rows / 2, features, 2);
    RandomForest forest = train(train, trees, features);
    double accuracy = evaluate(forest, test);
    return String.format(
        "trees=%d rows=%d features=%d oob_accuracy=%.4f test_accuracy=%.4f",
        forest.size(), rows, features, forest.metrics().accuracy, accuracy);
  }

  /** Three noisy classes: a nonlinear function of the first features decides the class. */
  static DataFrame generate(int rows, int features, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] x = new double[rows][features];
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < features; j++) {
        x[i][j] = rnd.nextGaussian();
      }
      double score = Math.sin(x[i][0] * 1.5) + x[i][1] * x[i][2] + 0.5 * x[i][3];
      score += 0.4 * rnd.nextGaussian();
      y[i] = score < -0.5 ? 0 : score < 0.5 ? 1 : 2;
    }
    String[] names = new String[features];
    for (int j = 0; j < features; j++) {
      names[j] = "x" + j;
    }
    return DataFrame.of(x, names).merge(IntVector.of("y", y));
  }

  static RandomForest train(DataFrame data, int trees, int features) {
    int mtry = (int) Math.floor(Math.sqrt(features));
    return RandomForest.fit(
        Formula.lhs("y"), data, trees, mtry, SplitRule.GINI, 20, 1000, 2, 1.0);
  }

  static double evaluate(RandomForest forest, DataFrame test) {
    int correct = 0;
    int label = test.schema().indexOf("y");
    for (int i = 0; i < test.size(); i++) {
      if (forest.predict(test.get(i)) == test.getInt(i, label)) {
        correct++;
      }
    }
    return (double) correct / test.size();
  }
}
