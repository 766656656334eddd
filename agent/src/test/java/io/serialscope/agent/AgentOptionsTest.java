package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentOptionsTest {
  @Test
  void hardwareSamplesEvery100MillisByDefault() {
    assertThat(AgentOptions.parse("", 1).hwSampleMillis()).isEqualTo(100);
  }

  @Test
  void hardwareSamplePeriodAndOff() {
    assertThat(AgentOptions.parse("hwSampleMillis=250", 1).hwSampleMillis()).isEqualTo(250);
    assertThat(AgentOptions.parse("verbose=true,hwSampleMillis=0", 1).hwSampleMillis()).isZero();
  }

  @Test
  void badHardwareSamplePeriodIsRefused() {
    assertThatThrownBy(() -> AgentOptions.parse("hwSampleMillis=-5", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hwSampleMillis");
    assertThatThrownBy(() -> AgentOptions.parse("hwSampleMillis=fast", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fast'");
  }
}
