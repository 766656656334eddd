package io.serialscope.agent;

import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class whose {@code main} the JVM runs, from the launcher's {@code sun.java.command}: the
 * first word (after the module name for {@code -m}), or the {@code Main-Class} of the jar when it
 * was started with {@code -jar}. Null when it cannot be told (a source-file launch, an embedding
 * launcher, an attach to a JVM started otherwise).
 */
final class MainClassName {
  private MainClassName() {}

  static String ofThisJvm() {
    return of(System.getProperty("sun.java.command"));
  }

  static String of(String command) {
    if (command == null || command.isBlank()) {
      return null;
    }
    String first = command.strip().split("\\s+", 2)[0];
    if (first.endsWith(".jar")) {
      try (JarFile jar = new JarFile(first)) {
        Manifest manifest = jar.getManifest();
        return manifest == null
            ? null
            : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
      } catch (IOException | SecurityException e) {
        return null;
      }
    }
    if (first.endsWith(".java")) {
      return null; // a source-file launch: its class has no stable name to match
    }
    return first.substring(first.lastIndexOf('/') + 1); // -m module/pkg.Main gives module/pkg.Main
  }
}
