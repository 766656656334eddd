package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoLeftovers() throws Exception {
    Path report = Files.writeString(dir.resolve("report.json"), "{\"old\": true}");

    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    report,
                    f -> {
                      Files.writeString(f, "{\"new\": ");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(report).hasContent("{\"old\": true}");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void aCompleteWriteReplacesTheFile() throws Exception {
    Path report = Files.writeString(dir.resolve("report.json"), "old");

    AtomicFile.write(report, f -> Files.writeString(f, "new"));

    assertThat(report).hasContent("new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }
}
