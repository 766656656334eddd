package io.serialscope.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The ECharts library, read from the {@code org.webjars.npm:echarts} webjar on the class path so
 * that reports can inline it and open without a network.
 */
final class EchartsScript {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

  private EchartsScript() {}

  /** The webjar's version, e.g. {@code "5.3.1"}. */
  static String version() {
    return Holder.VERSION;
  }

  /** The minified library, made safe for an inline {@code <script>}. */
  static String source() {
    return Holder.SOURCE;
  }

  /** Path of the minified library inside the webjar. */
  static String resourcePath(String version) {
    return "/META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
  }

  /** Loaded on first use only: the library is a megabyte. */
  private static final class Holder {
    static final String VERSION = readVersion();
    static final String SOURCE = ScriptText.javaScript(read(resourcePath(VERSION)));
  }

  private static String readVersion() {
    try (InputStream in = open(POM_PROPERTIES)) {
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank()) {
        throw new IllegalStateException(POM_PROPERTIES + " names no version");
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = EchartsScript.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "ECharts not on the class path (" + resource + "): is the echarts webjar missing?");
    }
    return in;
  }
}
