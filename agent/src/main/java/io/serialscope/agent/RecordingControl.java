package io.serialscope.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The agent's own JFR recording: JFR's "default" settings (cheap enough to leave on), blocking
 * events at every duration (so sleeps and monitor waits are never counted as work), file and socket
 * I/O from {@link #IO_THRESHOLD}, and a dump to the output file when the JVM exits.
 */
final class RecordingControl {
  /**
   * Reads and writes that blocked at least this long are recorded (JFR's default is 20 ms): long
   * enough that a stream of small buffered reads costs no events, short enough that a loader
   * waiting on a disk or a socket shows as waiting rather than as work.
   */
  static final Duration IO_THRESHOLD = Duration.ofMillis(1);

  private RecordingControl() {}

  /**
   * Starts the recording; {@code maxSizeBytes > 0} bounds its disk repository (oldest chunks go,
   * and JFR's chunks are made smaller so that fewer bytes lie beyond the bound: {@link
   * JfrChunkSize}).
   */
  static Recording start(Path output, long maxSizeBytes) {
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      JfrChunkSize.lowerFor(maxSizeBytes); // before the first chunk is opened
      Recording recording = new Recording(Configuration.getConfiguration("default"));
      recording.setName("serialscope");
      recording.enable("jdk.ThreadSleep").withThreshold(Duration.ZERO);
      recording.enable("jdk.JavaMonitorWait").withThreshold(Duration.ZERO);
      recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO);
      // blocking I/O becomes "blocked on I/O" time on the critical path; shorter waits stay work
      for (String io :
          new String[] {"jdk.FileRead", "jdk.FileWrite", "jdk.SocketRead", "jdk.SocketWrite"}) {
        recording.enable(io).withThreshold(IO_THRESHOLD);
      }
      recording.enable("jdk.ThreadStart");
      recording.enable("jdk.ThreadEnd");
      recording.enable("jdk.CPUInformation");
      recording.setToDisk(true);
      if (maxSizeBytes > 0) {
        recording.setMaxSize(maxSizeBytes);
      }
      recording.setDestination(output);
      recording.setDumpOnExit(true);
      recording.start();
      return recording;
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot start the JFR recording: " + e.getMessage(), e);
    }
  }
}
