package io.serialscope.cli.headline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.analyzer.jfr.RecordingAnalyzer;
import io.serialscope.analyzer.jfr.RecordingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link Headline} from a {@code report.json} (any file whose name ends in {@code .json})
 * or, for anything else, by analyzing it as a JFR recording. Every way a file can be unusable ends
 * in an {@link InputException} with one sentence, never in a stack trace.
 */
public final class HeadlineLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HeadlineLoader() {}

  public static Headline load(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException("no such file: " + file);
    }
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return fromReportJson(file);
    }
    try {
      return Headline.of(RecordingAnalyzer.analyze(file));
    } catch (RecordingException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  static Headline fromReportJson(Path file) throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InputException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InputException(file + " is not a serialscope report.json (not a JSON object)");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || version.asInt(-1) != 1) {
      throw new InputException(
          file + " is not a serialscope report.json with schemaVersion 1 (found " + version + ")");
    }
    Map<String, Long> byLabel = new LinkedHashMap<>();
    JsonNode labels = root.path("criticalPath").path("byLabel");
    for (JsonNode part : labels) {
      byLabel.merge(part.path("label").asText(""), part.path("nanos").asLong(0), Long::sum);
    }
    TreeMap<Integer, Double> speedups = new TreeMap<>();
    JsonNode predicted = root.path("predictedSpeedup");
    for (Iterator<Map.Entry<String, JsonNode>> it = predicted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        speedups.put(Integer.parseInt(e.getKey()), ratio(e.getValue()));
      } catch (NumberFormatException ex) {
        throw new InputException(file + ": predictedSpeedup key '" + e.getKey() + "' is no number");
      }
    }
    return new Headline(
        root.path("source").asText(file.toString()),
        requiredLong(root, "workNanos", file),
        requiredLong(root, "spanNanos", file),
        requiredRatio(root, "parallelism", file),
        requiredRatio(root, "serialFraction", file),
        speedups,
        byLabel);
  }

  private static long requiredLong(JsonNode root, String field, Path file) throws InputException {
    JsonNode node = root.get(field);
    if (node == null || !node.canConvertToLong() || node.asLong() < 0) {
      throw new InputException(file + " has no valid '" + field + "' (a number of nanoseconds)");
    }
    return node.asLong();
  }

  /** Ratios are written as null when not finite (JsonReport); null reads back as NaN. */
  private static double requiredRatio(JsonNode root, String field, Path file)
      throws InputException {
    JsonNode node = root.get(field);
    if (node == null || !(node.isNumber() || node.isNull())) {
      throw new InputException(file + " has no valid '" + field + "' (a number)");
    }
    return ratio(node);
  }

  private static double ratio(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }
}
