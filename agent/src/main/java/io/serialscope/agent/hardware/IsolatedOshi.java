package io.serialscope.agent.hardware;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * OSHI and JNA in a class loader of their own. The agent jar carries their jars whole under {@code
 * META-INF/serialscope/lib/}; they are copied to a private temporary directory and loaded by a
 * loader whose parent is the platform loader, so an application that bundles its own OSHI or JNA
 * never sees ours (JNA cannot simply be relocated: it finds its native library by its own package
 * name). The bridge classes ({@code io.serialscope.agent.oshi}) are defined by that loader from the
 * agent jar; the agent talks to them only through {@link Supplier}s of JDK maps.
 */
final class IsolatedOshi {
  /** Where to create the private directory for the jars; default: {@code java.io.tmpdir}. */
  static final String LIB_DIR_PROPERTY = "serialscope.hardware.libDir";

  private static final String LIB = "META-INF/serialscope/lib/";
  private static final String[] JARS = {
    "oshi-core.jar", "jna.jar", "jna-platform.jar", "slf4j-api.jar", "slf4j-nop.jar"
  };
  private static final String BRIDGE_PACKAGE = "io.serialscope.agent.oshi.";

  private final ClassLoader loader;

  private IsolatedOshi(ClassLoader loader) {
    this.loader = loader;
  }

  /** Extracts the jars from {@code agentJar} and creates the loader; fails on any I/O problem. */
  static IsolatedOshi load(File agentJar) throws IOException {
    String base = System.getProperty(LIB_DIR_PROPERTY);
    Path dir =
        base == null
            ? Files.createTempDirectory("serialscope-oshi")
            : Files.createTempDirectory(Files.createDirectories(Path.of(base)), "serialscope-oshi");
    dir.toFile().deleteOnExit();
    URL[] urls = new URL[JARS.length];
    try (JarFile jar = new JarFile(agentJar)) {
      for (int i = 0; i < JARS.length; i++) {
        JarEntry entry = jar.getJarEntry(LIB + JARS[i]);
        if (entry == null) {
          throw new IOException("the agent jar lacks " + LIB + JARS[i]);
        }
        Path target = dir.resolve(JARS[i]);
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        urls[i] = target.toUri().toURL();
      }
    }
    return new IsolatedOshi(new BridgeLoader(urls, agentJar));
  }

  /** A new instance of the bridge class {@code simpleName} (e.g. {@code "OshiFacts"}). */
  @SuppressWarnings("unchecked")
  Supplier<Map<String, Object>> bridge(String simpleName) throws ReflectiveOperationException {
    Class<?> type = Class.forName(BRIDGE_PACKAGE + simpleName, true, loader);
    return (Supplier<Map<String, Object>>) type.getConstructor().newInstance();
  }

  /**
   * Child-first for the bridge package: the agent jar is on the bootstrap class path, where the
   * bridge would be found first but could not link against OSHI.
   */
  private static final class BridgeLoader extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final File agentJar;

    BridgeLoader(URL[] urls, File agentJar) {
      super("serialscope-oshi", urls, ClassLoader.getPlatformClassLoader());
      this.agentJar = agentJar;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(BRIDGE_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = defineBridge(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }

    private Class<?> defineBridge(String name) throws ClassNotFoundException {
      String path = name.replace('.', '/') + ".class";
      try (JarFile jar = new JarFile(agentJar)) {
        JarEntry entry = jar.getJarEntry(path);
        if (entry == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try (InputStream in = jar.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
