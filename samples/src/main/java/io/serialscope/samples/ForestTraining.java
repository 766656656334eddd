package io.serialscope.samples;

import java.util.Map;
import java.util.SplittableRandom;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Runnable sample "real-library": trains a random forest with Smile ({@code
 * com.github.haifengl:smile-core}, unchanged, from Maven Central) from the main thread, as an
 * application would: generate a data set (serial), {@code RandomForest.fit} (Smile builds the trees
 * in a parallel stream on the common fork-join pool, between serial preparation and out-of-bag
 * bookkeeping of its own), then score a held-out set row by row (serial).
 *
 * <p>Expected finding: serialscope sees Smile's trees as independent fork-join tasks without any
 * change to Smile, so the parallelism is well above 1, bounded by the serial data preparation,
 * Smile's own serial parts and the evaluation loop (serial fraction well above 0).
 *
 * <p>Usage: {@code ForestTraining [--trees=60] [--rows=5000] [--features=20]}.
 */
public final class ForestTraining {
  static final String USAGE = "usage: ForestTraining [--trees=N] [--rows=N] [--features=N]";

  private ForestTraining() {}

  public static void main(String[] args) {
    int trees;
    int rows;
    int features;
    try {
      SampleOptions options =
          SampleOptions.parse(USAGE, Map.of("trees", "60", "rows", "5000", "features", "20"), args);
      trees = options.integer("trees", 1, 100_000);
      rows = options.integer("rows", 10, 10_000_000);
      features = options.integer("features", 4, 10_000);
    } catch (IllegalArgumentException e) {
      SampleOptions.refuse("ForestTraining", e);
      return;
    }
    long start = System.nanoTime();
    DataFrame train = generate(rows, features, 1);
    DataFrame test = generate(rows / 2, features, 2);
    RandomForest forest = train(train, trees, features);
    double accuracy = evaluate(forest, test);
    System.out.println(
        "Smile RandomForest: "
            + forest.size()
            + " trees on "
            + rows
            + " rows x "
            + features
            + " features; out-of-bag accuracy "
            + SampleOutput.fixed(forest.metrics().accuracy, 3)
            + ", test accuracy "
            + SampleOutput.fixed(accuracy, 3));
    System.out.println(SampleOutput.elapsed(start));
  }

  /** Three noisy classes decided by a nonlinear function of the first four features. */
  static DataFrame generate(int rows, int features, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[rows][features];
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < features; j++) {
        x[i][j] = random.nextGaussian();
      }
      double score = Math.sin(x[i][0] * 1.5) + x[i][1] * x[i][2] + 0.5 * x[i][3];
      score += 0.4 * random.nextGaussian();
      y[i] = score < -0.5 ? 0 : score < 0.5 ? 1 : 2;
    }
    String[] names = new String[features];
    for (int j = 0; j < features; j++) {
      names[j] = "x" + j;
    }
    return DataFrame.of(x, names).merge(IntVector.of("y", y));
  }

  static RandomForest train(DataFrame data, int trees, int features) {
    int featuresPerSplit = (int) Math.floor(Math.sqrt(features));
    return RandomForest.fit(
        Formula.lhs("y"), data, trees, featuresPerSplit, SplitRule.GINI, 20, 1000, 2, 1.0);
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
