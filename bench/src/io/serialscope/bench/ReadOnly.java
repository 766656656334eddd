package io.serialscope.bench;

import java.nio.file.Path;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The bar the analyzer must beat: reading every event of a recording with {@code RecordingFile}
 * and touching its name, start time and one field, nothing more. Usage: {@code ReadOnly FILE}.
 */
public final class ReadOnly {
  public static void main(String[] args) throws Exception {
    long events = 0;
    long checksum = 0;
    try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        checksum += e.getEventType().getName().length() + e.getStartTime().getNano();
        if (e.hasField("taskId")) {
          checksum += e.getLong("taskId");
        }
        events++;
      }
    }
    System.out.println("events=" + events + " checksum=" + checksum);
  }
}
