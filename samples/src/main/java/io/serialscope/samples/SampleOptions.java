package io.serialscope.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --key=value} arguments of a gallery sample: every key has a default, unknown keys and
 * malformed values are refused with a one-line reason, so each sample's {@code main} can print it
 * and exit with code 2.
 */
final class SampleOptions {
  private final Map<String, String> values;

  private SampleOptions(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Reads {@code args} against {@code defaults} (key without dashes → default value).
   *
   * @throws IllegalArgumentException with a one-line reason
   */
  static SampleOptions parse(String usage, Map<String, String> defaults, String... args) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("expected --key=value, got '" + arg + "'; " + usage);
      }
      String key = arg.substring(2, equals);
      if (!defaults.containsKey(key)) {
        throw new IllegalArgumentException("unknown option --" + key + "; " + usage);
      }
      values.put(key, arg.substring(equals + 1));
    }
    return new SampleOptions(values);
  }

  /** The whole number given for {@code key}, which must lie in {@code min..max}. */
  int integer(String key, int min, int max) {
    String text = values.get(key);
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + key + " needs a whole number, got '" + text + "'");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "--" + key + " must lie in " + min + ".." + max + ", got " + value);
    }
    return (int) value;
  }

  /** The value given for {@code key}, which must be one of {@code choices}. */
  String choice(String key, List<String> choices) {
    String value = values.get(key);
    if (!choices.contains(value)) {
      throw new IllegalArgumentException(
          "--" + key + " must be one of " + String.join(", ", choices) + ", got '" + value + "'");
    }
    return value;
  }

  /** Bad arguments: one line on stderr and exit code 2, the contract of the serialscope command. */
  static void refuse(String sample, IllegalArgumentException reason) {
    System.err.println(sample + ": " + reason.getMessage());
    System.exit(2);
  }
}
