package io.serialscope.analyzer.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One what-if scenario: which segments get faster by which factor, which lock edges disappear and
 * on how many processors the changed DAG runs. Written as comma-separated {@code key=value} terms
 * (README, "What-if scenarios"):
 *
 * <ul>
 *   <li>{@code cores=32} (processors), {@code cores=2x} (times the recorded count), {@code
 *       cores=unlimited};
 *   <li>{@code cpu=1.5x} (every CPU segment 1.5× faster, as a faster core would make it), {@code
 *       gpu=2x} (GPU kernels), {@code copy=2x} (host↔device copies);
 *   <li>{@code label=Mlp.forward:2x} (the time of that label inside every segment; repeatable);
 *   <li>{@code lock=17} (the lock with that object id no longer orders its acquisitions).
 * </ul>
 *
 * <p>A factor {@code k} divides durations by {@code k} (values below 1 mean slower); the {@code x}
 * is optional. Unset terms leave things as recorded.
 *
 * @param text the spec as written, for reports
 * @param cores the processor count change
 * @param cpuFactor speed factor of CPU segments, {@code > 0}
 * @param gpuFactor speed factor of GPU kernels, {@code > 0}
 * @param copyFactor speed factor of host↔device copies, {@code > 0}
 * @param labelFactors label → speed factor of its time, {@code > 0}
 * @param removedLocks object ids of locks whose acquisition edges are dropped
 */
public record WhatIfSpec(
    String text,
    Cores cores,
    double cpuFactor,
    double gpuFactor,
    double copyFactor,
    Map<String, Double> labelFactors,
    Set<Long> removedLocks) {

  public WhatIfSpec {
    labelFactors = Map.copyOf(labelFactors);
    removedLocks = Set.copyOf(removedLocks);
  }

  /**
   * A processor count: {@code absolute} processors when {@code > 0}, else {@code factor} times the
   * recorded count; {@code unlimited} overrides both.
   */
  public record Cores(int absolute, double factor, boolean unlimited) {
    static final Cores AS_RECORDED = new Cores(0, 1, false);

    /** The processor count for a recorded count of {@code baseline}; MAX_VALUE when unlimited. */
    public int processors(int baseline) {
      if (unlimited) {
        return Integer.MAX_VALUE;
      }
      if (absolute > 0) {
        return absolute;
      }
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(factor * baseline)));
    }
  }

  /** Only the processor count changes. */
  public static WhatIfSpec ofCores(String text, Cores cores) {
    return new WhatIfSpec(text, cores, 1, 1, 1, Map.of(), Set.of());
  }

  /**
   * Parses a spec such as {@code "cores=32,label=Mlp.forward:2x"}.
   *
   * @throws IllegalArgumentException with one sentence naming the faulty term
   */
  public static WhatIfSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty what-if spec (example: 'cores=32,cpu=1.5x')");
    }
    Cores cores = null;
    Double cpu = null;
    Double gpu = null;
    Double copy = null;
    Map<String, Double> labels = new LinkedHashMap<>();
    Set<Long> locks = new LinkedHashSet<>();
    for (String term : text.split(",", -1)) {
      String t = term.trim();
      int eq = t.indexOf('=');
      if (eq <= 0 || eq == t.length() - 1) {
        throw bad(text, "'" + t + "' is not key=value");
      }
      String key = t.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = t.substring(eq + 1).trim();
      switch (key) {
        case "cores" -> cores = once(text, key, cores, parseCores(text, value));
        case "cpu" -> cpu = once(text, key, cpu, factor(text, value));
        case "gpu" -> gpu = once(text, key, gpu, factor(text, value));
        case "copy" -> copy = once(text, key, copy, factor(text, value));
        case "label" -> {
          int colon = value.lastIndexOf(':');
          if (colon <= 0 || colon == value.length() - 1) {
            throw bad(text, "label needs NAME:FACTOR, e.g. label=Mlp.forward:2x");
          }
          String name = value.substring(0, colon).trim();
          if (labels.put(name, factor(text, value.substring(colon + 1))) != null) {
            throw bad(text, "label " + name + " is given twice");
          }
        }
        case "lock" -> {
          try {
            locks.add(Long.parseLong(value));
          } catch (NumberFormatException e) {
            throw bad(text, "lock needs the lock's object id (a number), not '" + value + "'");
          }
        }
        default ->
            throw bad(
                text, "unknown key '" + key + "' (known: cores, cpu, gpu, copy, label, lock)");
      }
    }
    return new WhatIfSpec(
        text.trim(),
        cores == null ? Cores.AS_RECORDED : cores,
        cpu == null ? 1 : cpu,
        gpu == null ? 1 : gpu,
        copy == null ? 1 : copy,
        labels,
        locks);
  }

  private static Cores parseCores(String text, String value) {
    if (value.equalsIgnoreCase("unlimited")) {
      return new Cores(0, 1, true);
    }
    if (value.endsWith("x") || value.endsWith("X")) {
      return new Cores(0, factor(text, value), false);
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return new Cores(n, 1, false);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(
        text, "cores needs a count >= 1, a factor like 2x, or 'unlimited', not '" + value + "'");
  }

  /** {@code "2x"}, {@code "1.5"}: a finite factor above 0. */
  private static double factor(String text, String value) {
    String v = value.trim();
    String number = v.endsWith("x") || v.endsWith("X") ? v.substring(0, v.length() - 1) : v;
    try {
      double f = Double.parseDouble(number);
      if (f > 0 && Double.isFinite(f)) {
        return f;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(text, "'" + v + "' is not a speed factor above 0 like 2x or 1.5x");
  }

  private static <T> T once(String text, String key, T previous, T value) {
    if (previous != null) {
      throw bad(text, key + " is given twice");
    }
    return value;
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("bad what-if spec '" + text + "': " + why);
  }
}
