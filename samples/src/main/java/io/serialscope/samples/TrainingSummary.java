package io.serialscope.samples;

/**
 * What a training run measured about itself, to compare with what a profiler reports.
 *
 * @param initial validation result before the first step
 * @param last validation result after the last step
 * @param elapsedNanos wall time of the whole run, data generation excluded
 * @param serialNanos CPU time of the serial phases (reduce, update, evaluation)
 * @param shardWorkNanos summed CPU time of all gradient tasks
 */
record TrainingSummary(
    TrainingRun.Evaluation initial,
    TrainingRun.Evaluation last,
    long elapsedNanos,
    long serialNanos,
    long shardWorkNanos) {

  /** Serial phase time over all work (serial + gradient tasks): Amdahl's s, as seen from inside. */
  double serialShare() {
    long work = serialNanos + shardWorkNanos;
    return work == 0 ? 0 : (double) serialNanos / work;
  }
}
