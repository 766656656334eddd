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
  void lostBytesBecomeEventsAtTheRecordingsMeanSizeRoundedUp() {
    JfrDataLoss loss = new JfrDataLoss();
    loss.addRead(1_000, 40_000); // a chunk file: 40 bytes per event
    loss.addRead(1_000, 60_000); // another: 60; together 100,000 bytes for 2,000 events, 50 each
    loss.addRead(0, 7); // a chunk that yielded no event tells nothing about the mean
    loss.add(1_000); // 20 events of 50 bytes
    loss.add(1); // part of one more: rounded up
    List<String> warnings = new ArrayList<>();

    loss.addWarningTo(warnings);

    assertThat(loss.bytes()).isEqualTo(1_001);
    assertThat(loss.estimatedLostEvents()).isEqualTo(21);
    assertThat(warnings).singleElement().asString().contains("Estimated 21 event(s)");
  }

  @Test
  void nothingLostIsNoEventLostAndLossWithoutAMeanIsOneEventPerReport() {
    JfrDataLoss nothing = new JfrDataLoss();
    nothing.addRead(10, 1_000);
    JfrDataLoss nothingRead = new JfrDataLoss();
    nothingRead.add(5_000);
    nothingRead.add(5_000);

    assertThat(nothing.estimatedLostEvents()).isZero();
    assertThat(nothingRead.estimatedLostEvents()).isEqualTo(2);
  }

  @Test
  void noReportNoWarning() {
    List<String> warnings = new ArrayList<>();
    new JfrDataLoss().addWarningTo(warnings);
    assertThat(warnings).isEmpty();
  }
}
