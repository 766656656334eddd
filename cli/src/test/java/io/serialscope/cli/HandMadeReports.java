package io.serialscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Small report.json files with chosen numbers, in the schema JsonReport writes (only the fields
 * gate and compare read).
 */
final class HandMadeReports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HandMadeReports() {}

  /** A report with S(p) = min(p, parallelism) for p = 1, 2, 4, 8, 16 and the given labels. */
  static Path write(
      Path dir,
      String name,
      long workNanos,
      long spanNanos,
      double serialFraction,
      Map<String, Long> labels)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    double parallelism = (double) workNanos / spanNanos;
    root.put("schemaVersion", 1);
    root.put("source", name);
    root.put("workNanos", workNanos);
    root.put("spanNanos", spanNanos);
    root.put("parallelism", parallelism);
    root.put("serialFraction", serialFraction);
    ObjectNode speedups = root.putObject("predictedSpeedup");
    for (int p = 1; p <= 16; p *= 2) {
      speedups.put(String.valueOf(p), Math.min(p, parallelism));
    }
    ObjectNode path = root.putObject("criticalPath");
    var byLabel = path.putArray("byLabel");
    labels.forEach(
        (label, nanos) ->
            byLabel.addObject().put("label", label).put("nanos", nanos).put("share", 0.5));
    Path file = dir.resolve(name);
    JSON.writeValue(file.toFile(), root);
    return file;
  }

  /** Work 1000 ms, the given span, serial fraction {@code s}. */
  static Path write(Path dir, String name, long spanMillis, double s) throws IOException {
    return write(
        dir,
        name,
        1_000_000_000L,
        spanMillis * 1_000_000L,
        s,
        Map.of("step", spanMillis * 1_000_000L));
  }
}
