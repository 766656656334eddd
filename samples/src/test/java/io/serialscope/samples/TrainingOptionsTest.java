package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainingOptionsTest {
  @Test
  void everyOptionHasADefault() {
    TrainingOptions options = TrainingOptions.parse();
    assertThat(options.steps()).isEqualTo(TrainingOptions.DEFAULT_STEPS);
    assertThat(options.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(options.shards()).isEqualTo(16);
  }

  @Test
  void readsKeyValuePairs() {
    assertThat(
            TrainingOptions.parse(
                "--steps=7", "--threads=3", "--batch=64", "--shards=4", "--seed=-5"))
        .isEqualTo(new TrainingOptions(7, 3, 64, 4, -5));
  }

  @Test
  void refusesBadInputWithAOneLineReason() {
    assertThatThrownBy(() -> TrainingOptions.parse("--steps=0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrainingOptions.parse("--batch=8", "--shards=16"))
        .hasMessageContaining("batch >= shards");
    assertThatThrownBy(() -> TrainingOptions.parse("--batch=100000000"))
        .hasMessageContaining("at most");
    assertThatThrownBy(() -> TrainingOptions.parse("--color=red"))
        .hasMessageContaining("unknown option --color");
    assertThatThrownBy(() -> TrainingOptions.parse("--steps=many"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> TrainingOptions.parse("steps")).hasMessageContaining("--key=value");
  }
}
