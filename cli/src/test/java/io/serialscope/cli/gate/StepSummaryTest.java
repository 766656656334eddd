package io.serialscope.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {
  @TempDir Path dir;

  @Test
  void appendsWholeTextWhenItFits() throws Exception {
    Path file = dir.resolve("summary.md");
    assertThat(StepSummary.append(file, "a\n")).isTrue();
    assertThat(StepSummary.append(file, "b\n")).isTrue();
    assertThat(Files.readString(file)).isEqualTo("a\nb\n");
  }

  @Test
  void neverGrowsTheFileBeyondTheLimit() throws Exception {
    Path file = dir.resolve("summary.md");
    Files.writeString(file, "x".repeat((int) StepSummary.LIMIT_BYTES - 300));
    String table = "| row | 1 |\n".repeat(100); // 1300 bytes, only part fits
    assertThat(StepSummary.append(file, table)).isTrue();
    assertThat(Files.size(file)).isLessThanOrEqualTo(StepSummary.LIMIT_BYTES);
    assertThat(Files.readString(file)).endsWith(StepSummary.CUT_NOTE).contains("| row | 1 |\n");
  }

  @Test
  void writesNothingWhenTheFileIsFull() throws Exception {
    Path file = dir.resolve("summary.md");
    Files.writeString(file, "x".repeat((int) StepSummary.LIMIT_BYTES - 10));
    assertThat(StepSummary.append(file, "| a long row that cannot fit |\n")).isFalse();
    assertThat(Files.size(file)).isEqualTo(StepSummary.LIMIT_BYTES - 10);
  }
}
