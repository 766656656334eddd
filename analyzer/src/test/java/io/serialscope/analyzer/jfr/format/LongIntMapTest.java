package io.serialscope.analyzer.jfr.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void absentKeysReadAsMinusOneAndPutReturnsThePreviousValue() {
    LongIntMap map = new LongIntMap(4);
    assertThat(map.get(0)).isEqualTo(-1);
    assertThat(map.put(0, 7)).isEqualTo(-1);
    assertThat(map.put(-5, 0)).isEqualTo(-1);
    assertThat(map.put(Long.MIN_VALUE, 3)).isEqualTo(-1);
    assertThat(map.put(0, 8)).isEqualTo(7);
    assertThat(map.get(0)).isEqualTo(8);
    assertThat(map.get(-5)).isZero();
    assertThat(map.get(Long.MIN_VALUE)).isEqualTo(3);
    assertThat(map.get(Long.MAX_VALUE)).isEqualTo(-1);
    assertThat(map.size()).isEqualTo(3);
    assertThatThrownBy(() -> map.put(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The key shapes the analyzer meets: consecutive ids, ids of one kind among others (a stride), a
   * thread or counter number shifted left plus a sequence number, strides of the block size and of
   * a large power of two, and random ones; each agrees with a HashMap through several growths.
   */
  @Test
  void agreesWithAHashMapForEveryKeyShapeThroughGrowth() {
    SplittableRandom random = new SplittableRandom(42);
    Map<String, LongUnaryOperator> shapes =
        Map.of(
            "consecutive", i -> 1_000 + i,
            "stride 3", i -> 3 * i + 1,
            "stride 64", i -> 64 * i,
            "stride 2^20", i -> i << 20,
            "thread << 40 | n", i -> (i % 7 + 1) << 40 | i / 7,
            "negative", i -> -i - 1,
            "random", i -> random.nextLong());
    for (Map.Entry<String, LongUnaryOperator> shape : shapes.entrySet()) {
      LongIntMap map = new LongIntMap(16);
      Map<Long, Integer> expected = new HashMap<>();
      for (int i = 0; i < 50_000; i++) {
        long key = shape.getValue().applyAsLong(i);
        int value = i % 1000;
        assertThat(map.put(key, value))
            .as(shape.getKey() + " put " + key)
            .isEqualTo(expected.getOrDefault(key, -1));
        expected.put(key, value);
      }
      assertThat(map.size()).as(shape.getKey()).isEqualTo(expected.size());
      for (Map.Entry<Long, Integer> e : expected.entrySet()) {
        assertThat(map.get(e.getKey()))
            .as(shape.getKey() + " get " + e.getKey())
            .isEqualTo(e.getValue());
      }
      for (int i = 0; i < 1_000; i++) {
        long absent = random.nextLong();
        if (!expected.containsKey(absent)) {
          assertThat(map.get(absent)).as(shape.getKey() + " absent").isEqualTo(-1);
        }
      }
    }
  }
}
