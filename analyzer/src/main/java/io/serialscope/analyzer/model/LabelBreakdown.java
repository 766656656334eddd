package io.serialscope.analyzer.model;

/**
 * How a segment's time divides among labels, in CSR form: the parts of segment {@code s} are
 * indices {@code offsets[s]} to {@code offsets[s+1]-1} of {@code labels} and {@code nanos}. A
 * segment without instrumented methods inside has one part: its task's label, its whole duration.
 */
public final class LabelBreakdown {
  private final int[] offsets;
  private final int[] labels;
  private final long[] nanos;

  LabelBreakdown(int[] offsets, int[] labels, long[] nanos) {
    this.offsets = offsets;
    this.labels = labels;
    this.nanos = nanos;
  }

  public int partCount(int segment) {
    return offsets[segment + 1] - offsets[segment];
  }

  public int partLabel(int segment, int part) {
    return labels[offsets[segment] + part];
  }

  public long partNanos(int segment, int part) {
    return nanos[offsets[segment] + part];
  }

  /** Scales every segment's parts by its new/old duration ratio (parts keep summing to it). */
  LabelBreakdown scaledTo(long[] oldDurations, long[] newDurations) {
    long[] scaled = new long[nanos.length];
    for (int s = 0; s < oldDurations.length; s++) {
      int from = offsets[s];
      int to = offsets[s + 1];
      long old = oldDurations[s];
      long remaining = newDurations[s];
      for (int i = from; i < to; i++) {
        long part =
            i == to - 1 || old == 0
                ? (i == to - 1 ? remaining : 0)
                : Math.round((double) nanos[i] * newDurations[s] / old);
        part = Math.min(part, remaining);
        scaled[i] = part;
        remaining -= part;
      }
    }
    return new LabelBreakdown(offsets, labels, scaled);
  }
}
