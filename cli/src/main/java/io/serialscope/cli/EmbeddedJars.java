package io.serialscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The agent and samples jars travel inside the CLI jar; they are unpacked once into a cache folder
 * named after their content, so a rebuilt jar never runs a stale copy.
 */
final class EmbeddedJars {
  static final String AGENT = "serialscope-agent.jar";
  static final String SAMPLES = "serialscope-samples.jar";

  private EmbeddedJars() {}

  static Path extract(String name) throws BaseCommand.UserError {
    String resource = "embedded/" + name;
    byte[] bytes;
    try (InputStream in = EmbeddedJars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new BaseCommand.UserError(
            name + " is missing from this build of serialscope (rebuild with 'mvn -B verify')");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new BaseCommand.UserError(
          "cannot read the embedded " + name + ": " + e.getMessage(), e);
    }
    Path dir = cacheRoot().resolve(sha256(bytes).substring(0, 16));
    Path target = dir.resolve(name);
    try {
      if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        Files.write(tmp, bytes);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new BaseCommand.UserError(
          "cannot unpack " + name + " into " + dir + ": " + e.getMessage(), e);
    }
    return target.toAbsolutePath();
  }

  private static Path cacheRoot() {
    String override = System.getenv("SERIALSCOPE_CACHE");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("serialscope");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
