package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The small parsers of attach and list. */
class AttachOptionsTest {
  private final RecordingDuration durations = new RecordingDuration();

  @Test
  void durationsTakeTheUsualUnitsAndSecondsByDefault() {
    assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(durations.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(durations.convert("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(durations.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(durations.convert("45")).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aDurationWithoutAmountOrOfNothingIsRefused() {
    assertThatThrownBy(() -> durations.convert("soon"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> durations.convert("0s"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("at least 1ms");
  }

  @Test
  void listShowsTheMainClassWithoutItsArguments() {
    assertThat(ListCommand.mainClass("com.acme.Server --port 8080")).isEqualTo("com.acme.Server");
    assertThat(ListCommand.mainClass("/opt/app.jar")).isEqualTo("/opt/app.jar");
    assertThat(ListCommand.mainClass("")).isEqualTo("(unknown main class)");
  }
}
