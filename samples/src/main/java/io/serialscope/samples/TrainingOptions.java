package io.serialscope.samples;

/**
 * Command-line options of {@link MlpTraining}: {@code --steps=N --threads=N --batch=N --shards=N
 * --seed=N}.
 */
record TrainingOptions(int steps, int threads, int batch, int shards, long seed) {
  static final int DEFAULT_STEPS = 150;

  static TrainingOptions parse(String[] args) {
    int steps = DEFAULT_STEPS;
    int threads = Runtime.getRuntime().availableProcessors();
    int batch = 1024;
    int shards = 16;
    long seed = 42;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !kv[0].startsWith("--")) {
        throw new IllegalArgumentException("expected --key=value, got " + arg);
      }
      if (!java.util.Set.of("--steps", "--threads", "--batch", "--shards", "--seed")
          .contains(kv[0])) {
        throw new IllegalArgumentException("unknown option " + kv[0]);
      }
      long value = Long.parseLong(kv[1]);
      switch (kv[0]) {
        case "--steps" -> steps = (int) value;
        case "--threads" -> threads = (int) value;
        case "--batch" -> batch = (int) value;
        case "--shards" -> shards = (int) value;
        case "--seed" -> seed = value;
        default -> throw new IllegalArgumentException("unknown option " + kv[0]);
      }
    }
    if (steps < 1 || threads < 1 || shards < 1 || batch < shards) {
      throw new IllegalArgumentException("need steps, threads, shards >= 1 and batch >= shards");
    }
    return new TrainingOptions(steps, threads, batch, shards, seed);
  }
}
