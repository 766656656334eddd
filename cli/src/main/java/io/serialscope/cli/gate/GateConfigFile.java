package io.serialscope.cli.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.serialscope.cli.headline.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A checked-in threshold file, JSON or YAML (by extension: {@code .yaml}/{@code .yml} is YAML,
 * anything else JSON). The keys are those of {@link GateThresholds}: {@code maxSerialFraction},
 * {@code minParallelism}, {@code minSpeedup} (an object, processor count → speedup), {@code
 * maxSpan} (a duration with a unit, e.g. {@code "1.5s"}), {@code baseline} (a path, relative to the
 * file's own folder), {@code maxRegressionPercent} and {@code noisePercent}. An unknown key is an
 * error, so that a typo never silently disables a threshold.
 */
public final class GateConfigFile {
  /** Names looked for in the working directory when no {@code --config} is given. */
  public static final List<String> DEFAULT_NAMES =
      List.of("serialscope-gate.json", "serialscope-gate.yaml", "serialscope-gate.yml");

  private static final Set<String> KEYS =
      Set.of(
          "maxSerialFraction",
          "minParallelism",
          "minSpeedup",
          "maxSpan",
          "baseline",
          "maxRegressionPercent",
          "noisePercent");
  private static final ObjectMapper JSON = new ObjectMapper();

  private GateConfigFile() {}

  /** The default threshold file in {@code dir}, or null when there is none. */
  public static Path findIn(Path dir) throws InputException {
    List<Path> found = new ArrayList<>();
    for (String name : DEFAULT_NAMES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        found.add(dir.resolve(name));
      }
    }
    if (found.size() > 1) {
      throw new InputException(
          "found several threshold files " + found + "; keep one or choose with --config");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  public static GateThresholds read(Path file) throws InputException {
    JsonNode root = parse(file);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return GateThresholds.NONE;
    }
    if (!root.isObject()) {
      throw new InputException(file + ": a threshold file must hold one object of thresholds");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new InputException(file + ": unknown threshold '" + key + "'; known: " + KEYS);
      }
    }
    TreeMap<Integer, Double> speedups = new TreeMap<>();
    JsonNode minSpeedup = root.path("minSpeedup");
    if (!minSpeedup.isMissingNode() && !minSpeedup.isObject()) {
      throw new InputException(file + ": minSpeedup must map processor counts to speedups");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = minSpeedup.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        speedups.put(Integer.parseInt(e.getKey().trim()), number(e.getValue(), file, "minSpeedup"));
      } catch (NumberFormatException ex) {
        throw new InputException(file + ": minSpeedup key '" + e.getKey() + "' is no count");
      }
    }
    JsonNode span = root.get("maxSpan");
    JsonNode baseline = root.get("baseline");
    Path folder = file.toAbsolutePath().getParent();
    return new GateThresholds(
        optionalNumber(root, "maxSerialFraction", file),
        optionalNumber(root, "minParallelism", file),
        speedups,
        span == null ? null : DurationText.parseNanos(span.asText()),
        baseline == null ? null : folder.resolve(baseline.asText()),
        optionalNumber(root, "maxRegressionPercent", file),
        optionalNumber(root, "noisePercent", file));
  }

  private static JsonNode parse(Path file) throws InputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          // SafeConstructor: plain maps, lists and scalars only; a threshold file builds no
          // objects.
          Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
          return JSON.valueToTree(tree);
        }
      }
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InputException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (YAMLException | IllegalArgumentException e) {
      throw new InputException(file + " is not valid YAML: " + firstLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new InputException("cannot read threshold file " + file + ": " + e.getMessage(), e);
    }
  }

  private static Double optionalNumber(JsonNode root, String key, Path file) throws InputException {
    JsonNode node = root.get(key);
    return node == null ? null : number(node, file, key);
  }

  private static double number(JsonNode node, Path file, String key) throws InputException {
    if (!node.isNumber()) {
      throw new InputException(file + ": " + key + " must be a number, not " + node);
    }
    return node.asDouble();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
