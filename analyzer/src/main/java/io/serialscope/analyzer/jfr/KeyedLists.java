package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.LongIntMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of values by a long key (a task, object or thread id), in the order keys were first seen:
 * an open-addressing map from key to list, without a boxed key or a map entry per key.
 */
final class KeyedLists<T> {
  private final LongIntMap index = new LongIntMap(1024);
  private final List<List<T>> lists = new ArrayList<>();
  private long[] keys = new long[1024];

  void add(long key, T value) {
    int i = index.get(key);
    if (i < 0) {
      i = lists.size();
      index.put(key, i);
      lists.add(new ArrayList<>(2));
      if (i == keys.length) {
        keys = java.util.Arrays.copyOf(keys, i * 2);
      }
      keys[i] = key;
    }
    lists.get(i).add(value);
  }

  /** The list of {@code key}, or null. */
  List<T> get(long key) {
    int i = index.get(key);
    return i < 0 ? null : lists.get(i);
  }

  int size() {
    return lists.size();
  }

  /** The {@code i}-th key first seen. */
  long key(int i) {
    return keys[i];
  }

  /** The list of the {@code i}-th key first seen. */
  List<T> list(int i) {
    return lists.get(i);
  }
}
