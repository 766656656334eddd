package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
  @Test
  void hasTheHeadlineAdviceFindingsSpeedupsAndTopLabels() {
    String md = MarkdownSummary.of(TestAnalyses.forwardBackward());

    assertThat(md)
        .startsWith("# serialscope: /tmp/recording\\.jfr\n")
        .contains("**Work** 6.50 ms · **span** 4.50 ms · **parallelism** 1.44")
        .contains("this workload is serial\\-bound\\.")
        .contains("- **WARNING** 38% of the work runs while nothing else can")
        .contains("| 16 | 1.44× | 2.36× |")
        // TestAnalyses: 2x single-thread speed halves the 4.5 ms span
        .contains("| 2x single\\-thread speed | 2.25 ms | 2.00× |")
        .contains("| Mlp\\.forward | 3.00 ms | 66.7% |")
        .contains("## Warnings");
  }

  @Test
  void recordedTextCannotFormatOrLink() {
    String md =
        MarkdownSummary.of(TestAnalyses.forwardBackward("[x](http://e.test) <img src=x> | *b*"));

    assertThat(md)
        .contains("\\[x\\]\\(http\\:")
        .contains("\\<img src\\=x\\> \\| \\*b\\*")
        .doesNotContainPattern("[^\\\\]<img")
        .doesNotContain("](http");
  }
}
