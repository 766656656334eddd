package io.serialscope.analyzer.scaling;

/**
 * One run of a thread-count sweep.
 *
 * @param source the recording, for people
 * @param threads how many threads (or cores) the run used, at least 1
 * @param wallNanos how long the run's work took, from the first segment's start to the last
 *     segment's end on the recording clock
 */
public record SweepRun(String source, int threads, long wallNanos) {}
