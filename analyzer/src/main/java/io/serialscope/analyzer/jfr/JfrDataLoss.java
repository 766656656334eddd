package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.EventView;
import java.util.List;

/**
 * JFR's own reports of what it lost ({@code jdk.DataLoss}): a thread's events are discarded when
 * every global buffer is full, which an event flood on a slow disk can cause. Whatever the agent
 * recorded in them is missing, so the report must say so.
 */
final class JfrDataLoss {
  static final String EVENT = "jdk.DataLoss";

  private long bytes;
  private long reports;

  /** Adds one {@code jdk.DataLoss} event ({@code amount}: bytes lost since the previous one). */
  void accept(EventView event) {
    if (event.hasField(RecordedField.AMOUNT)) {
      add(event.getLong(RecordedField.AMOUNT));
    }
  }

  /** Adds one report of {@code amountBytes} lost; negative amounts (a damaged event) count as 0. */
  void add(long amountBytes) {
    reports++;
    bytes += Math.max(0, amountBytes);
  }

  long bytes() {
    return bytes;
  }

  void addWarningTo(List<String> warnings) {
    if (reports > 0) {
      warnings.add(
          "JFR lost "
              + bytes
              + " bytes of recorded events ("
              + reports
              + " data-loss report(s)): its buffers filled faster than they could be written, so"
              + " dependencies recorded in them may be missing (counts.jfrDataLossBytes).");
    }
  }
}
