package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JfrDataLossTest {
  @Test
  void reportsAddUpToOneWarning() {
    JfrDataLoss loss = new JfrDataLoss();
    loss.add(1000);
    loss.add(24);
    loss.add(-5); // a damaged amount counts as a report, not as bytes
    List<String> warnings = new ArrayList<>();

    loss.addWarningTo(warnings);

    assertThat(loss.bytes()).isEqualTo(1024);
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("JFR lost 1024 bytes")
        .contains("3 data-loss report(s)");
  }

  @Test
  void noReportNoWarning() {
    List<String> warnings = new ArrayList<>();
    new JfrDataLoss().addWarningTo(warnings);
    assertThat(warnings).isEmpty();
  }
}
