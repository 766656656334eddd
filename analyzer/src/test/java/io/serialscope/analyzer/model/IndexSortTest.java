package io.serialscope.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  /** The known answer: indices 0..n-1 sorted by key with the JDK's stable object sort. */
  private static int[] stableOrder(long[] keys, int n) {
    Integer[] indices = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(indices, Comparator.comparingLong((Integer i) -> keys[i]));
    return Arrays.stream(indices).mapToInt(i -> i).toArray();
  }

  @Test
  void ordersByKeyAndKeepsIndexOrderForEqualKeys() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(300);
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = random.nextInt(20); // many ties
      }
      int[] expected = stableOrder(keys, n);

      int[] actual = IndexSort.byKeyStable(keys, n);

      assertThat(actual).containsExactly(expected);
    }
  }

  /**
   * The analyzer's inputs: a few sorted runs one after the other (lanes), equal keys across runs,
   * and a key array longer than the count (columns with room to spare).
   */
  @Test
  void mergesSortedRunsStablyAndIgnoresKeysBeyondTheCount() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int runs = 1 + random.nextInt(9);
      int n = 0;
      long[] keys = new long[runs * 60 + 5];
      for (int r = 0; r < runs; r++) {
        long key = random.nextInt(50);
        for (int i = random.nextInt(60); i > 0; i--) {
          keys[n++] = key;
          key += random.nextInt(3); // ties within a run too
        }
      }
      for (int i = n; i < keys.length; i++) {
        keys[i] = -1 - i; // beyond the count: must not be read as part of the input
      }
      int count = n;
      int[] expected = stableOrder(keys, count);

      int[] actual = IndexSort.byKeyStable(keys, count);

      assertThat(actual).containsExactly(expected);
    }
  }

  /**
   * The in-place sort: the same order as byKeyStable, the keys themselves left sorted, and keys
   * beyond the count untouched; runs enough for several passes, so that the sorted keys end in the
   * caller's array after an odd and an even number of passes.
   */
  @Test
  void sortsKeysInPlaceAndReturnsWhereEachCameFrom() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(400);
      long[] keys = new long[n + 3];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextInt(round % 2 == 0 ? 30 : 1_000_000);
      }
      long[] before = keys.clone();
      int[] expected = stableOrder(before, n);
      assertThat(IndexSort.byKeyStable(keys, n)).isEqualTo(expected);
      assertThat(keys).as("byKeyStable leaves the keys").isEqualTo(before);

      int[] order = IndexSort.sortStable(keys, n);

      assertThat(order).isEqualTo(expected);
      for (int i = 0; i < n; i++) {
        assertThat(keys[i]).isEqualTo(before[order[i]]);
      }
      assertThat(Arrays.copyOfRange(keys, n, keys.length))
          .isEqualTo(Arrays.copyOfRange(before, n, before.length));
    }
  }
}
