package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @Test
  void writesTheThreeReportsIntoANewDirectory(@TempDir Path temp) throws IOException {
    Path out = temp.resolve("serialscope-out/nested");

    ReportWriter.writeAll(TestAnalyses.forwardBackward(), out);

    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(out.resolve("report.json").toFile()).get("schemaVersion").asInt())
        .isEqualTo(1);
    assertThat(mapper.readTree(out.resolve("trace.json").toFile()).get("traceEvents"))
        .hasSize(16 + 8); // 4 cross-lane edges, two flow events each
    assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(out.resolve("summary.md"))).startsWith("# serialscope: ");
    assertThat(Files.readAllLines(out.resolve("critical-path.collapsed")))
        .containsExactly(
            "Thread.run;Trainer.run;Loader.load 1",
            "Thread.run;Trainer.run;Mlp.forward 1",
            "Thread.run;Trainer.run;Optimizer.step 1");
  }
}
