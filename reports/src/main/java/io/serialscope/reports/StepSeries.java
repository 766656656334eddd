package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.Analysis;
import java.io.IOException;

/**
 * A parallelism step function as chart points {@code [timeNanos, level]}. Up to {@value
 * #MAX_POINTS} steps are written as they are; longer ones become {@value #MAX_POINTS} buckets of
 * equal time, each with its time-weighted mean level, so a million steps stay a small chart.
 */
final class StepSeries {
  static final int MAX_POINTS = 2_000;

  private StepSeries() {}

  static void write(JsonGenerator g, String field, Analysis.ParallelismProfile profile)
      throws IOException {
    long[] times = profile.timesNanos();
    int[] levels = profile.levels();
    g.writeArrayFieldStart(field);
    if (times.length <= MAX_POINTS) {
      for (int i = 0; i < times.length; i++) {
        g.writeArray(new double[] {times[i], levels[i]}, 0, 2);
      }
    } else {
      writeBuckets(g, times, levels);
    }
    g.writeEndArray();
  }

  private static void writeBuckets(JsonGenerator g, long[] times, int[] levels) throws IOException {
    long first = times[0];
    long last = times[times.length - 1];
    double width = (double) (last - first) / MAX_POINTS;
    int step = 0;
    for (int b = 0; b < MAX_POINTS; b++) {
      double from = first + b * width;
      double to = from + width;
      double weighted = 0;
      while (step + 1 < times.length && times[step + 1] <= from) {
        step++;
      }
      for (int i = step; i + 1 < times.length && times[i] < to; i++) {
        double overlap = Math.min(to, times[i + 1]) - Math.max(from, times[i]);
        weighted += Math.max(0, overlap) * levels[i];
      }
      double mean = Math.round(100 * weighted / width) / 100.0;
      g.writeArray(new double[] {Math.round(from), mean}, 0, 2);
    }
    g.writeArray(new double[] {last, 0}, 0, 2);
  }
}
