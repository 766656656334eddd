package io.serialscope.bench;

import io.serialscope.analyzer.jfr.format.EventView;
import io.serialscope.analyzer.jfr.format.FastRecordingFile;
import io.serialscope.analyzer.jfr.format.FieldName;
import java.nio.file.Path;

/**
 * {@link ReadOnly} with the analyzer's own reader of the chunk format instead of {@code
 * RecordingFile}: every event, its name, start time and one field. Usage: {@code FastReadOnly
 * FILE}.
 */
public final class FastReadOnly {
  enum Field implements FieldName {
    TASK_ID;

    @Override
    public String jfrName() {
      return "taskId";
    }
  }

  public static void main(String[] args) throws Exception {
    long[] totals = new long[2];
    FastRecordingFile.read(
        Path.of(args[0]),
        Field.values(),
        (EventView e) -> {
          totals[1] += e.typeName().length() + e.startNanos() % 1_000_000_000L;
          if (e.hasField(Field.TASK_ID)) {
            totals[1] += e.getLong(Field.TASK_ID);
          }
          totals[0]++;
        });
    System.out.println("events=" + totals[0] + " checksum=" + totals[1]);
  }
}
