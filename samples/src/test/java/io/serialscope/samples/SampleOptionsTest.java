package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {
  private static final Map<String, String> DEFAULTS = Map.of("steps", "10", "mode", "locked");

  @Test
  void defaultsApplyAndGivenValuesWin() {
    SampleOptions options = SampleOptions.parse("usage", DEFAULTS, "--mode=hogwild");
    assertThat(options.integer("steps", 1, 100)).isEqualTo(10);
    assertThat(options.choice("mode", List.of("locked", "hogwild"))).isEqualTo("hogwild");
  }

  @Test
  void refusesBadInputWithAOneLineReason() {
    assertThatThrownBy(() -> SampleOptions.parse("usage: X", DEFAULTS, "--colour=red"))
        .hasMessageContaining("unknown option --colour")
        .hasMessageContaining("usage: X");
    assertThatThrownBy(() -> SampleOptions.parse("usage", DEFAULTS, "steps"))
        .hasMessageContaining("--key=value");
    assertThatThrownBy(
            () -> SampleOptions.parse("usage", DEFAULTS, "--steps=many").integer("steps", 1, 9))
        .hasMessageContaining("whole number");
    assertThatThrownBy(
            () -> SampleOptions.parse("usage", DEFAULTS, "--steps=0").integer("steps", 1, 9))
        .hasMessageContaining("1..9");
    assertThatThrownBy(
            () ->
                SampleOptions.parse("usage", DEFAULTS, "--mode=fast")
                    .choice("mode", List.of("locked", "hogwild")))
        .hasMessageContaining("locked, hogwild");
  }
}
