package io.serialscope.analyzer.insight;

/**
 * How long the segments of one label took, from an HdrHistogram with three significant digits:
 * percentiles are within 0.1 % of the true value and never above {@code maxNanos}, which is exact.
 *
 * @param label the label (a segment counts for the label that covers most of it)
 * @param segments how many segments, {@code >= 1}
 * @param totalNanos their summed duration
 * @param p50Nanos median duration
 * @param p90Nanos 90th percentile
 * @param p99Nanos 99th percentile
 * @param maxNanos the longest
 */
public record LabelDistribution(
    String label,
    long segments,
    long totalNanos,
    long p50Nanos,
    long p90Nanos,
    long p99Nanos,
    long maxNanos) {}
