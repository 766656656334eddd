package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.analyzer.jfr.LaneEvent.Kind;
import org.junit.jupiter.api.Test;

class LaneEventsTest {

  @Test
  void keepsEveryValueAndSortsStablyByTime() {
    LaneEvents events = new LaneEvents();
    for (int i = 0; i < 100; i++) { // beyond the first capacity
      events.add(100 - i / 2, i % 2 == 0 ? Kind.TASK_START : Kind.TASK_END, i, "t" + i, i - 1);
    }
    events.add(new LaneEvent(0, Kind.LABEL_ENTER, 0, "first"));
    events.sortByTime();
    assertThat(events).hasSize(101);
    assertThat(events.get(0)).isEqualTo(new LaneEvent(0, Kind.LABEL_ENTER, 0, "first", -1));
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.timeNanos(i)).isGreaterThanOrEqualTo(events.timeNanos(i - 1));
    }
    // times 51..100 each hold two events, written start (even i) then end (odd i): kept so
    assertThat(events.get(1)).isEqualTo(new LaneEvent(51, Kind.TASK_START, 98, "t98", 97));
    assertThat(events.get(2)).isEqualTo(new LaneEvent(51, Kind.TASK_END, 99, "t99", 98));
    events.clear();
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void repeatedAndMissingTextsComeBackAsWritten() {
    LaneEvents events = new LaneEvents();
    String[] written = {"a", null, "b", new String("a"), null, "b", "c"};
    for (int i = 0; i < written.length; i++) {
      events.add(10 - i, Kind.LABEL_ENTER, i, written[i], -1);
    }
    events.sortByTime(); // reverses them
    for (int i = 0; i < written.length; i++) {
      assertThat(events.text(i)).isEqualTo(written[written.length - 1 - i]);
      assertThat(events.id(i)).isEqualTo(written.length - 1 - i);
    }
  }
}
