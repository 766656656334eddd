package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.samples.SampleCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code demo --list} shows the whole gallery, one sample a line, names aligned. */
class GalleryListTest {
  @Test
  void listsEverySampleWithItsDescriptionOnOneLine() {
    StringWriter out = new StringWriter();
    CommandLine cl = SerialscopeCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));

    assertThat(cl.execute("demo", "--list")).isZero();

    List<String> lines = out.toString().lines().toList();
    List<SampleCatalog.Sample> samples = SampleCatalog.all();
    assertThat(lines).hasSize(samples.size());
    assertThat(samples)
        .extracting(SampleCatalog.Sample::name)
        .contains(
            "training-loop",
            "batch-inference",
            "recurrent",
            "cellular-automaton",
            "data-pipeline",
            "contended-model-update",
            "real-library");
    int descriptionColumn = lines.get(0).indexOf(samples.get(0).description());
    for (int i = 0; i < samples.size(); i++) {
      assertThat(lines.get(i))
          .startsWith(samples.get(i).name() + " ")
          .endsWith(samples.get(i).description());
      assertThat(lines.get(i).indexOf(samples.get(i).description()))
          .as("descriptions start in one column")
          .isEqualTo(descriptionColumn);
    }
  }
}
