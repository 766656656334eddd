package io.serialscope.samples;

import java.util.Set;

/**
 * Command-line options of {@link MlpTraining}, each optional and written {@code --key=value}.
 *
 * @param steps optimizer steps, at least 1
 * @param threads worker threads of the gradient pool, at least 1
 * @param batch samples per mini-batch, at least {@code shards}, at most the training set size
 * @param shards gradient tasks per step, at least 1; more than {@code threads} on purpose
 * @param seed seed of the data and of the initial weights
 */
record TrainingOptions(int steps, int threads, int batch, int shards, long seed) {
  /** Chosen so that a run with the defaults takes about 4 s on a 2-core machine. */
  static final int DEFAULT_STEPS = 2000;

  static final String USAGE =
      "usage: MlpTraining [--steps=N] [--threads=N] [--batch=N] [--shards=N] [--seed=N]";

  private static final Set<String> KEYS =
      Set.of("--steps", "--threads", "--batch", "--shards", "--seed");

  /** Parses {@code args}; throws {@link IllegalArgumentException} with a one-line reason. */
  static TrainingOptions parse(String... args) {
    int steps = DEFAULT_STEPS;
    int threads = Runtime.getRuntime().availableProcessors();
    int batch = 256;
    int shards = 16;
    long seed = 42;
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("expected --key=value, got '" + arg + "'");
      }
      String key = arg.substring(0, equals);
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown option " + key + "; " + USAGE);
      }
      long value = number(key, arg.substring(equals + 1));
      switch (key) {
        case "--steps" -> steps = (int) value;
        case "--threads" -> threads = (int) value;
        case "--batch" -> batch = (int) value;
        case "--shards" -> shards = (int) value;
        case "--seed" -> seed = value;
        default -> throw new IllegalArgumentException("unknown option " + key);
      }
    }
    if (steps < 1 || threads < 1 || shards < 1 || batch < shards) {
      throw new IllegalArgumentException("need steps, threads, shards >= 1 and batch >= shards");
    }
    if (batch > TrainingRun.TRAIN_SAMPLES) {
      throw new IllegalArgumentException("--batch can be at most " + TrainingRun.TRAIN_SAMPLES);
    }
    return new TrainingOptions(steps, threads, batch, shards, seed);
  }

  private static long number(String key, String text) {
    try {
      long value = Long.parseLong(text);
      if (!key.equals("--seed") && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
        throw new IllegalArgumentException(key + " is out of range: " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " needs a whole number, got '" + text + "'");
    }
  }
}
