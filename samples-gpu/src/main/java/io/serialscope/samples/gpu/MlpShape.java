package io.serialscope.samples.gpu;

/**
 * Sizes of the MLP and of the run, per mode.
 *
 * @param mode {@code launch-bound} or {@code compute-bound}
 * @param batch samples per step
 * @param inputs input features
 * @param hidden hidden units
 * @param outputs output units
 * @param steps training steps
 * @param updateChunk elements per weight-update kernel launch (small: many launches)
 * @param freshBatchEachStep whether the CPU builds and uploads a new batch every step
 */
record MlpShape(
    String mode,
    int batch,
    int inputs,
    int hidden,
    int outputs,
    int steps,
    int updateChunk,
    boolean freshBatchEachStep) {

  static MlpShape launchBound(int steps) {
    return new MlpShape("launch-bound", 64, 128, 128, 16, steps, 256, true);
  }

  static MlpShape computeBound(int steps) {
    return new MlpShape("compute-bound", 4096, 4096, 8192, 4096, steps, Integer.MAX_VALUE, false);
  }

  /** {@code --mode=launch-bound|compute-bound} (default launch-bound), {@code --steps=N}. */
  static MlpShape parse(String[] args) {
    String mode = "launch-bound";
    int steps = -1;
    for (String arg : args) {
      if (arg.startsWith("--mode=")) {
        mode = arg.substring("--mode=".length());
      } else if (arg.startsWith("--steps=")) {
        try {
          steps = Integer.parseInt(arg.substring("--steps=".length()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--steps wants a number, not " + arg);
        }
        if (steps < 1) {
          throw new IllegalArgumentException("--steps must be at least 1");
        }
      } else {
        throw new IllegalArgumentException(
            "unknown argument " + arg + " (use --mode=launch-bound|compute-bound --steps=N)");
      }
    }
    return switch (mode) {
      case "launch-bound" -> launchBound(steps > 0 ? steps : 200);
      case "compute-bound" -> computeBound(steps > 0 ? steps : 10);
      default ->
          throw new IllegalArgumentException(
              "--mode must be launch-bound or compute-bound, not " + mode);
    };
  }
}
