package io.serialscope.cli.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** What the storm coarsening tests share: recording a workload twice and reading the result. */
final class CoarseningRuns {
  /** One comparison of a coarsened and a whole recording: null when they match, else the miss. */
  interface Comparison {
    String run(String attempt) throws Exception;
  }

  private CoarseningRuns() {}

  /**
   * Runs {@code comparison}, and once more when it misses: as GroundTruthTest does, on a loaded
   * machine one run now and then misses for reasons no capture error explains (a deterministic
   * error misses both runs, and both are reported).
   */
  static void withOneRetry(String storm, Comparison comparison) throws Exception {
    String miss = comparison.run("first");
    if (miss != null) {
      System.out.println("[" + storm + "] missed, running both once more: " + miss);
      String again = comparison.run("again");
      assertThat(again).as("second try (first: %s)", miss).isNull();
    }
  }

  /** Records {@code mainClass} with {@code agentOptions} in a directory of its own. */
  static Path record(Path dir, String name, Class<?> mainClass, String agentOptions, String... args)
      throws Exception {
    Path runDir = Files.createDirectories(dir.resolve(name));
    return ForkedJvm.record(mainClass, runDir, agentOptions, List.of(), args);
  }

  /** The given fields of the recording's last Coarsening event (its counts are cumulative). */
  static long[] lastCoarsening(Path recording, String... fields) throws Exception {
    long[] last = null;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (e.getEventType().getName().equals("serialscope.Coarsening")) {
        last = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
          last[i] = e.getLong(fields[i]);
        }
      }
    }
    assertThat(last).as("a Coarsening event in the recording").isNotNull();
    return last;
  }
}
