package io.serialscope.analyzer.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A flame graph as collapsed stacks (the format of Brendan Gregg's {@code flamegraph.pl}): each
 * distinct stack, root first, frames joined by {@code ;}, with the number of samples that showed
 * it.
 *
 * @param samples how many samples were aggregated (the sum of all counts)
 * @param stacks collapsed stack → sample count, sorted by stack
 */
public record FlameGraph(long samples, SortedMap<String, Long> stacks) {
  public static final FlameGraph EMPTY = new FlameGraph(0, new TreeMap<>());

  public FlameGraph {
    stacks = Collections.unmodifiableSortedMap(new TreeMap<>(stacks));
  }

  /** Aggregates {@code samples}; a sample without frames is counted as {@code [unknown]}. */
  public static FlameGraph of(List<ExecutionSample> samples) {
    SortedMap<String, Long> stacks = new TreeMap<>();
    for (ExecutionSample sample : samples) {
      stacks.merge(collapsed(sample.framesTopFirst()), 1L, Long::sum);
    }
    return new FlameGraph(samples.size(), stacks);
  }

  /** {@code "root;…;top count"} lines, sorted by stack: the collapsed-stacks file format. */
  public List<String> collapsedLines() {
    List<String> lines = new ArrayList<>(stacks.size());
    for (Map.Entry<String, Long> e : stacks.entrySet()) {
      lines.add(e.getKey() + " " + e.getValue());
    }
    return lines;
  }

  /**
   * Frames root first, joined by {@code ;}. A frame's own {@code ;}, whitespace or control
   * characters would break the format and become {@code _}.
   */
  static String collapsed(List<String> framesTopFirst) {
    if (framesTopFirst.isEmpty()) {
      return "[unknown]";
    }
    StringBuilder text = new StringBuilder();
    for (int i = framesTopFirst.size() - 1; i >= 0; i--) {
      if (text.length() > 0) {
        text.append(';');
      }
      String frame = framesTopFirst.get(i);
      for (int c = 0; c < frame.length(); c++) {
        char ch = frame.charAt(c);
        text.append(
            ch == ';' || Character.isWhitespace(ch) || Character.isISOControl(ch) ? '_' : ch);
      }
    }
    return text.toString();
  }
}
