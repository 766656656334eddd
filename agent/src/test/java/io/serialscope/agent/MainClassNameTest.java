package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainClassNameTest {
  @TempDir Path dir;

  @Test
  void aClassLaunchNamesTheClass() {
    assertThat(MainClassName.of("com.acme.Train --epochs 3")).isEqualTo("com.acme.Train");
  }

  @Test
  void aModuleLaunchNamesTheClassAfterTheModule() {
    assertThat(MainClassName.of("com.acme/com.acme.Train x")).isEqualTo("com.acme.Train");
  }

  @Test
  void aJarLaunchNamesTheManifestsMainClass() throws Exception {
    Path jar = dir.resolve("app.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.acme.Main");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, manifest)) {
      j.flush();
    }
    assertThat(MainClassName.of(jar + " --flag")).isEqualTo("com.acme.Main");
  }

  @Test
  void whatCannotBeToldIsNull() {
    assertThat(MainClassName.of(null)).isNull();
    assertThat(MainClassName.of("  ")).isNull();
    assertThat(MainClassName.of("Script.java")).isNull();
    assertThat(MainClassName.of(dir.resolve("missing.jar").toString())).isNull();
  }
}
