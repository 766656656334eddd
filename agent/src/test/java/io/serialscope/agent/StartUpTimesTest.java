package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartUpTimesTest {
  @Test
  void eachStepIsTimedInOrderAndTheTotalIsTheirSum() throws InterruptedException {
    StartUpTimes times = new StartUpTimes();
    Thread.sleep(30);
    times.mark("recording");
    times.mark("weaving");

    String text = times.toString();

    assertThat(text)
        .matches(
            "(\\d+) ms, \\d+ ms of CPU: recording (\\d+) ms \\(\\d+ ms CPU\\),"
                + " weaving \\d+ ms \\(\\d+ ms CPU\\)");
    long total = Long.parseLong(text.substring(0, text.indexOf(' ')));
    long recording =
        Long.parseLong(text.substring(text.indexOf("recording ") + 10, text.indexOf(" ms (")));
    // The sleep is wall time, not processor time; the total is at least the first step.
    assertThat(recording).isGreaterThanOrEqualTo(30);
    assertThat(total).isGreaterThanOrEqualTo(recording);
  }
}
