package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointListsTest {
  /**
   * What a point is, for comparing with the columns: its segment doubles as its insertion order.
   */
  private record P(long key, int segment, long time, int task, int extra) {}

  /** Keys in no order (a few locks, met over and over) are numbered in the order first seen. */
  @Test
  void groupsByKeyInFirstSeenOrderAndSortsEachKeyByTimeStably() {
    PointLists lists = new PointLists();
    lists.add(7, 0, 30, 1, 10);
    lists.add(3, 1, 20, 2, 11);
    lists.add(7, 2, 10, 3, 12);
    lists.add(7, 3, 30, 4, 13); // same time as segment 0: stays after it
    lists.add(3, 4, 5, 5, 14);

    lists.group(true);

    assertThat(lists.keyCount()).isEqualTo(2);
    assertThat(lists.key(0)).isEqualTo(7);
    assertThat(lists.key(1)).isEqualTo(3);
    assertThat(lists.keyNumber(3)).isEqualTo(1);
    assertThat(lists.keyNumber(99)).isEqualTo(-1);
    assertThat(segments(lists, 0)).containsExactly(2, 0, 3);
    assertThat(segments(lists, 1)).containsExactly(4, 1);
    int first = lists.from(0);
    assertThat(lists.time(first)).isEqualTo(10);
    assertThat(lists.task(first)).isEqualTo(3);
    assertThat(lists.extra(first)).isEqualTo(12);
  }

  @Test
  void withoutSortingEachKeyKeepsTheOrderPointsWereAdded() {
    PointLists lists = new PointLists();
    lists.add(1, 0, 30, 0, -1);
    lists.add(2, 1, 20, 0, -1);
    lists.add(1, 2, 10, 0, -1);

    lists.group(false);

    assertThat(segments(lists, 0)).containsExactly(0, 2);
    assertThat(segments(lists, 1)).containsExactly(1);
  }

  @Test
  void manyPointsMatchAStableSortOfObjects() {
    Random random = new Random(42);
    PointLists lists = new PointLists();
    List<P> added = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // a few keys with hundreds of points (merge-sorted), many with one or two (insertion sort)
      long key = random.nextInt(10) < 3 ? random.nextInt(5) : 1000 + random.nextInt(8000);
      P p = new P(key, i, random.nextInt(500), random.nextInt(50), random.nextInt());
      added.add(p);
      lists.add(p.key(), p.segment(), p.time(), p.task(), p.extra());
    }

    lists.group(true);

    Map<Long, List<P>> expected = new LinkedHashMap<>();
    for (P p : added) {
      expected.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
    }
    assertGroupedByTime(lists, expected);
  }

  /**
   * Keys that arrive in a few increasing runs (task ids, lane by lane) are grouped by sorting:
   * numbered in increasing order, each key's points still in the order added or by time, and every
   * key found by number whatever the order of the lookups (they search from the last one found).
   */
  @Test
  void keysInIncreasingRunsAreNumberedInIncreasingOrder() {
    Random random = new Random(11);
    PointLists lists = new PointLists();
    List<P> added = new ArrayList<>();
    int segment = 0;
    for (int lane = 0; lane < 6; lane++) {
      long key = random.nextInt(100);
      for (int i = 0; i < 3_000; i++) {
        key += random.nextInt(4); // repeats (a re-submitted task) and gaps (ids of other objects)
        P p = new P(key, segment++, random.nextInt(1_000), lane, random.nextInt());
        added.add(p);
        lists.add(p.key(), p.segment(), p.time(), p.task(), p.extra());
      }
    }

    lists.group(true);

    java.util.TreeMap<Long, List<P>> expected = new java.util.TreeMap<>();
    for (P p : added) {
      expected.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
    }
    assertGroupedByTime(lists, expected);
    List<Long> lookups = new ArrayList<>();
    for (long key = -5; key <= expected.lastKey() + 5; key++) {
      lookups.add(key); // increasing, absent keys between present ones included
    }
    List<Long> descending = new ArrayList<>(lookups);
    java.util.Collections.reverse(descending);
    List<Long> shuffled = new ArrayList<>(lookups);
    java.util.Collections.shuffle(shuffled, random);
    Map<Long, Integer> numberOf = new java.util.HashMap<>();
    for (long key : expected.keySet()) {
      numberOf.put(key, numberOf.size());
    }
    for (List<Long> order : List.of(lookups, descending, shuffled)) {
      for (long key : order) {
        assertThat(lists.keyNumber(key))
            .as("number of key %d", key)
            .isEqualTo(numberOf.getOrDefault(key, -1));
      }
    }
  }

  @Test
  void noPointCanBeAddedOnceGrouped() {
    PointLists lists = new PointLists();
    lists.group(true);

    assertThat(lists.keyCount()).isZero();
    assertThatThrownBy(() -> lists.add(1, 0, 0, 0, 0)).isInstanceOf(IllegalStateException.class);
  }

  /**
   * Each key's points are those added with it, stably sorted by time, and the keys are numbered in
   * the order of {@code expected}.
   */
  private static void assertGroupedByTime(PointLists lists, Map<Long, List<P>> expected) {
    assertThat(lists.keyCount()).isEqualTo(expected.size());
    int k = 0;
    for (Map.Entry<Long, List<P>> e : expected.entrySet()) {
      List<P> want = new ArrayList<>(e.getValue());
      want.sort(Comparator.comparingLong(P::time)); // List.sort is stable
      assertThat(lists.key(k)).isEqualTo(e.getKey());
      List<P> got = new ArrayList<>();
      for (int i = lists.from(k); i < lists.to(k); i++) {
        got.add(new P(e.getKey(), lists.segment(i), lists.time(i), lists.task(i), lists.extra(i)));
      }
      assertThat(got).isEqualTo(want);
      k++;
    }
  }

  private static List<Integer> segments(PointLists lists, int k) {
    List<Integer> segments = new ArrayList<>();
    for (int i = lists.from(k); i < lists.to(k); i++) {
      segments.add(lists.segment(i));
    }
    return segments;
  }
}
