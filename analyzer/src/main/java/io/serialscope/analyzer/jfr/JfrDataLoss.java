package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.EventView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JFR's own reports of what it lost ({@code jdk.DataLoss}): a thread's events are discarded when
 * every global buffer is full, which an event flood on a slow disk can cause. Whatever the agent
 * recorded in them is missing, so the report must say so.
 *
 * <p>JFR reports bytes, not events. The number of events lost is estimated from the recording
 * itself: the lost bytes divided by the mean bytes per event of what was read (file bytes over
 * events read), rounded up. The file's bytes also hold JFR's metadata and constant pools, which the
 * lost buffers did not, so the mean is high and the estimate rather low than high; events bigger
 * than the mean (bulky application events) make it high.
 */
final class JfrDataLoss {
  static final String EVENT = "jdk.DataLoss";

  private long bytes;
  private long reports;
  private long eventsRead;
  private long bytesRead;

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

  /** Adds a file (a recording or one chunk file) from which {@code events} events were read. */
  void addRead(long events, Path file) {
    try {
      addRead(events, Files.size(file));
    } catch (IOException gone) {
      // no size, no mean: the estimate uses the other files
    }
  }

  /** Adds {@code fileBytes} of recording from which {@code events} events were read. */
  void addRead(long events, long fileBytes) {
    if (events > 0 && fileBytes > 0) {
      eventsRead += events;
      bytesRead += fileBytes;
    }
  }

  long bytes() {
    return bytes;
  }

  /**
   * Events JFR lost, estimated: lost bytes over the recording's mean bytes per event, rounded up; 0
   * when nothing was lost. Lost bytes but no event read (no mean): one event per report.
   */
  long estimatedLostEvents() {
    if (bytes == 0) {
      return 0;
    }
    if (eventsRead == 0) {
      return reports;
    }
    return (long) Math.ceil((double) bytes * eventsRead / bytesRead);
  }

  void addWarningTo(List<String> warnings) {
    if (reports > 0) {
      warnings.add(
          "JFR lost "
              + bytes
              + " bytes of recorded events ("
              + reports
              + " data-loss report(s)): its buffers filled faster than they could be written, so"
              + " dependencies recorded in them may be missing (counts.jfrDataLossBytes). Estimated"
              + " "
              + estimatedLostEvents()
              + " event(s) at this recording's mean size per event, counted in"
              + " counts.droppedEvents.");
    }
  }
}
