package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationFormatTest {
  @Test
  void human() {
    assertThat(DurationFormat.human(0)).isEqualTo("0 ns");
    assertThat(DurationFormat.human(850)).isEqualTo("850 ns");
    assertThat(DurationFormat.human(1_000)).isEqualTo("1.00 µs");
    assertThat(DurationFormat.human(12_345)).isEqualTo("12.3 µs");
    assertThat(DurationFormat.human(999_499)).isEqualTo("999 µs");
    assertThat(DurationFormat.human(999_500)).isEqualTo("1.00 ms");
    assertThat(DurationFormat.human(45_600_000)).isEqualTo("45.6 ms");
    assertThat(DurationFormat.human(1_234_000_000)).isEqualTo("1.23 s");
    assertThat(DurationFormat.human(9_996_000_000L)).isEqualTo("10.0 s");
    assertThat(DurationFormat.human(125_000_000_000L)).isEqualTo("125 s");
    assertThat(DurationFormat.human(-2_000)).isEqualTo("-2.00 µs");
  }

  @Test
  void millisPercentRatio() {
    assertThat(DurationFormat.millis(1_234_567)).isEqualTo("1.235");
    assertThat(DurationFormat.millis(0)).isEqualTo("0.000");
    assertThat(DurationFormat.percent(0.1234)).isEqualTo("12.3%");
    assertThat(DurationFormat.percent(1)).isEqualTo("100.0%");
    assertThat(DurationFormat.percent(Double.NaN)).isEqualTo("n/a");
    assertThat(DurationFormat.ratio(3.4666)).isEqualTo("3.47");
    assertThat(DurationFormat.ratio(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }
}
