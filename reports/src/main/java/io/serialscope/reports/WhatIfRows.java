package io.serialscope.reports;

import io.serialscope.analyzer.Analysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Table rows of the HTML report for the sensitivity curves and the per-thread CPU wait. */
final class WhatIfRows {
  /** Curves in the table (the chart draws the same ones): "the 5 places where a speedup pays". */
  static final int SENSITIVITY_ROWS = 5;

  private WhatIfRows() {}

  static List<Map<String, Object>> sensitivity(List<Analysis.LabelSensitivity> curves) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Analysis.LabelSensitivity c :
        curves.subList(0, Math.min(curves.size(), SENSITIVITY_ROWS))) {
      int half = Arrays.binarySearch(c.speedupPercents(), 50);
      int last = c.speedupPercents().length - 1;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", c.label());
      row.put("criticalPath", DurationFormat.human(c.criticalPathNanos()));
      row.put("predictedAtHalf", half < 0 ? "–" : DurationFormat.human(c.predictedNanos()[half]));
      row.put("gainAtHalf", half < 0 ? "–" : DurationFormat.percent(c.predictedGain(half)));
      row.put("predictedRemoved", DurationFormat.human(c.predictedNanos()[last]));
      rows.add(row);
    }
    return rows;
  }

  /** Puts {@code cpuWaitRows} (most waiting first, at most {@code maxRows}) and the total. */
  static void putCpuWait(Map<String, Object> view, List<Analysis.LaneCpuWait> lanes, int maxRows) {
    List<Analysis.LaneCpuWait> sorted = new ArrayList<>(lanes);
    sorted.sort(
        Comparator.comparingLong(Analysis.LaneCpuWait::waitingForCpuNanos)
            .reversed()
            .thenComparing(Analysis.LaneCpuWait::lane));
    long total = 0;
    long wall = 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Analysis.LaneCpuWait lane : sorted) {
      total += lane.waitingForCpuNanos();
      wall += lane.wallNanos();
      if (rows.size() < maxRows) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("lane", lane.lane());
        row.put("wall", DurationFormat.human(lane.wallNanos()));
        row.put("cpu", DurationFormat.human(lane.cpuNanos()));
        row.put("waiting", DurationFormat.human(lane.waitingForCpuNanos()));
        rows.add(row);
      }
    }
    view.put("cpuWaitRows", rows);
    view.put(
        "cpuWaitTotal",
        String.format(
            Locale.ROOT,
            "In all: %s of %s (%s).",
            DurationFormat.human(total),
            DurationFormat.human(wall),
            DurationFormat.percent(wall == 0 ? 0 : (double) total / wall)));
  }
}
