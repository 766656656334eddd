package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JfrChunkSizeTest {
  @Test
  void anEighthOfMaxSizeBetweenJfrsMinimumAndItsDefault() {
    assertThat(JfrChunkSize.forMaxSize(0)).as("no bound: JFR's own").isZero();
    assertThat(JfrChunkSize.forMaxSize(16L << 20)).isEqualTo(2L << 20);
    assertThat(JfrChunkSize.forMaxSize(4L << 20))
        .as("JFR refuses less than 1 MB")
        .isEqualTo(1L << 20);
    assertThat(JfrChunkSize.forMaxSize(2L << 30))
        .as("never above JFR's 12 MB")
        .isEqualTo(12L << 20);
  }

  @Test
  void aChunkSizeOnTheCommandLineIsTheUsers() {
    assertThat(
            JfrChunkSize.chosenByUser(
                List.of("-Xmx1g", "-XX:FlightRecorderOptions:memorysize=1m,maxchunksize=64m")))
        .isTrue();
    assertThat(JfrChunkSize.chosenByUser(List.of("-XX:FlightRecorderOptions=maxchunksize=4m")))
        .isTrue();
    assertThat(
            JfrChunkSize.chosenByUser(
                List.of("-XX:FlightRecorderOptions:memorysize=1m", "-Dmaxchunksize=1")))
        .isFalse();
  }
}
