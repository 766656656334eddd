package io.serialscope.analyzer.jfr.format;

import java.util.HashMap;
import java.util.Map;

/** Numbers event types by name, from 0, for one read: see {@link EventView#typeIndex()}. */
public final class TypeIndexes {
  private final Map<String, Integer> indexes = new HashMap<>();

  public int of(String typeName) {
    return indexes.computeIfAbsent(typeName, n -> indexes.size());
  }
}
