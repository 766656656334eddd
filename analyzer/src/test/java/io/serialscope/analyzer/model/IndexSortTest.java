package io.serialscope.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  @Test
  void ordersByKeyAndKeepsIndexOrderForEqualKeys() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(300);
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = random.nextInt(20); // many ties
      }
      Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(expected, Comparator.comparingLong((Integer i) -> keys[i]));

      int[] actual = IndexSort.byKeyStable(keys, n);

      assertThat(actual).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
    }
  }
}
