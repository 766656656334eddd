package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatIfSpecTest {

  @Test
  void absoluteCores() {
    WhatIfSpec spec = WhatIfSpec.parse("cores=32");
    assertThat(spec.cores().processors(2)).isEqualTo(32);
    assertThat(spec.cpuFactor()).isEqualTo(1.0);
    assertThat(spec.text()).isEqualTo("cores=32");
  }

  @Test
  void relativeCores() {
    assertThat(WhatIfSpec.parse("cores=2x").cores().processors(3)).isEqualTo(6);
    // 1.5 x 3 = 4.5 rounds to 5 (Math.round: half up)
    assertThat(WhatIfSpec.parse("cores=1.5x").cores().processors(3)).isEqualTo(5);
    // never below one processor
    assertThat(WhatIfSpec.parse("cores=0.1x").cores().processors(2)).isEqualTo(1);
  }

  @Test
  void unlimitedCores() {
    WhatIfSpec spec = WhatIfSpec.parse("cores=unlimited");
    assertThat(spec.cores().unlimited()).isTrue();
    assertThat(spec.cores().processors(4)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void cpuGpuAndCopyFactors() {
    assertThat(WhatIfSpec.parse("cpu=1.5x").cpuFactor()).isEqualTo(1.5);
    assertThat(WhatIfSpec.parse("gpu=2x").gpuFactor()).isEqualTo(2.0);
    assertThat(WhatIfSpec.parse("copy=4").copyFactor()).isEqualTo(4.0);
    // below 1: slower hardware
    assertThat(WhatIfSpec.parse("cpu=0.5X").cpuFactor()).isEqualTo(0.5);
  }

  @Test
  void labelFactorKeepsDotsAndColonsOfTheName() {
    assertThat(WhatIfSpec.parse("label=Mlp.forward:2x").labelFactors())
        .isEqualTo(Map.of("Mlp.forward", 2.0));
    assertThat(WhatIfSpec.parse("label=ns::op:3x").labelFactors()).isEqualTo(Map.of("ns::op", 3.0));
  }

  @Test
  void lockById() {
    assertThat(WhatIfSpec.parse("lock=17").removedLocks()).isEqualTo(Set.of(17L));
  }

  @Test
  void combination() {
    WhatIfSpec spec =
        WhatIfSpec.parse(" cores=32, label=Mlp.forward:2x ,label=Loader.next:1.5x,gpu=2x");
    assertThat(spec.cores().processors(2)).isEqualTo(32);
    assertThat(spec.gpuFactor()).isEqualTo(2.0);
    assertThat(spec.labelFactors()).isEqualTo(Map.of("Mlp.forward", 2.0, "Loader.next", 1.5));
    assertThat(spec.text())
        .isEqualTo("cores=32, label=Mlp.forward:2x ,label=Loader.next:1.5x,gpu=2x");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"|empty what-if spec",
        "cores|'cores' is not key=value",
        "cores=|'cores=' is not key=value",
        "=2x|'=2x' is not key=value",
        "cores=32,,cpu=2x|'' is not key=value",
        "cores=0|cores needs a count >= 1",
        "cores=many|cores needs a count >= 1",
        "cores=-2x|'-2x' is not a speed factor",
        "cpu=fast|'fast' is not a speed factor",
        "cpu=0x|'0x' is not a speed factor",
        "gpu=NaN|'NaN' is not a speed factor",
        "copy=Infinity|'Infinity' is not a speed factor",
        "label=Mlp.forward|label needs NAME:FACTOR",
        "label=:2x|label needs NAME:FACTOR",
        "label=Mlp.forward:|label needs NAME:FACTOR",
        "label=a:2x,label=a:3x|label a is given twice",
        "cores=2,cores=4|cores is given twice",
        "lock=abc|lock needs the lock's object id",
        "memory=2x|unknown key 'memory'",
      })
  void malformedSpecsSayWhatIsWrongInOneLine(String text, String message) {
    assertThatThrownBy(() -> WhatIfSpec.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
