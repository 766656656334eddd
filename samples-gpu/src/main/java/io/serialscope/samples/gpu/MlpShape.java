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
 * @param cudaTimingFile where to write the sample's own CUDA-event timing, or null
 */
record MlpShape(
    String mode,
    int batch,
    int inputs,
    int hidden,
    int outputs,
    int steps,
    int updateChunk,
    boolean freshBatchEachStep,
    java.nio.file.Path cudaTimingFile) {

  static MlpShape launchBound(int steps) {
    return new MlpShape("launch-bound", 64, 128, 128, 16, steps, 256, true, null);
  }

  static MlpShape computeBound(int steps) {
    return new MlpShape(
        "compute-bound", 4096, 4096, 8192, 4096, steps, Integer.MAX_VALUE, false, null);
  }

  MlpShape withCudaTimingFile(java.nio.file.Path file) {
    return new MlpShape(
        mode, batch, inputs, hidden, outputs, steps, updateChunk, freshBatchEachStep, file);
  }

  /**
   * {@code --mode=launch-bound|compute-bound} (default launch-bound), {@code --steps=N}, {@code
   * --cuda-timing=FILE}.
   */
  static MlpShape parse(String[] args) {
    String mode = "launch-bound";
    int steps = -1;
    java.nio.file.Path timing = null;
    for (String arg : args) {
      if (arg.startsWith("--cuda-timing=")) {
        timing = java.nio.file.Path.of(arg.substring("--cuda-timing=".length()));
      } else if (arg.startsWith("--mode=")) {
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
            "unknown argument "
                + arg
                + " (use --mode=launch-bound|compute-bound --steps=N --cuda-timing=FILE)");
      }
    }
    MlpShape shape =
        switch (mode) {
          case "launch-bound" -> launchBound(steps > 0 ? steps : 200);
          case "compute-bound" -> computeBound(steps > 0 ? steps : 10);
          default ->
              throw new IllegalArgumentException(
                  "--mode must be launch-bound or compute-bound, not " + mode);
        };
    return shape.withCudaTimingFile(timing);
  }
}
