package io.serialscope.analyzer.jfr.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.jfr.format.FastRecordingFile.ChunkClock;
import org.junit.jupiter.api.Test;

/** Which chunk's start converts ticks, as each JDK's {@code RecordingFile} does it. */
class ChunkClockTest {
  @Test
  void ticksConvertAsTheRunningJdksRecordingFileConvertsThem() {
    assertThat(ChunkClock.of(Runtime.Version.parse("17.0.14"))).isEqualTo(ChunkClock.EACH_CHUNK);
    assertThat(ChunkClock.of(Runtime.Version.parse("17.0.15"))).isEqualTo(ChunkClock.FIRST_CHUNK);
    assertThat(ChunkClock.of(Runtime.Version.parse("21.0.5"))).isEqualTo(ChunkClock.EACH_CHUNK);
    assertThat(ChunkClock.of(Runtime.Version.parse("21.0.8")))
        .isNull(); // not known: left to the JDK
    assertThat(ChunkClock.of(Runtime.Version.parse("25"))).isEqualTo(ChunkClock.FIRST_CHUNK);
    assertThat(ChunkClock.of(Runtime.version())).as("the JDK running this test").isNotNull();
  }
}
