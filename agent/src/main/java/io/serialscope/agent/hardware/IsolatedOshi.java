package io.serialscope.agent.hardware;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * OSHI and JNA in a module layer of their own. The agent jar carries their jars whole under {@code
 * META-INF/serialscope/lib/}; they are copied to a private temporary directory with the bridge
 * classes ({@code io.serialscope.agent.oshi}) and loaded by one class loader whose parent is the
 * platform loader, so an application that bundles its own OSHI or JNA never sees ours (JNA cannot
 * simply be relocated: it finds its native library by its own package name). The agent talks to the
 * bridge only through {@link Supplier}s of JDK maps.
 *
 * <p>Why a module layer rather than a plain class loader: JDK 24+ warns on stderr whenever code in
 * a module without native access loads a native library. For unnamed modules that switch is global
 * (it would change the application's warnings); JNA in a named module of our own layer can be given
 * native access alone.
 */
final class IsolatedOshi {
  /** Where to create the private directory for the jars; default: {@code java.io.tmpdir}. */
  static final String LIB_DIR_PROPERTY = "serialscope.hardware.libDir";

  private static final String LIB = "META-INF/serialscope/lib/";
  private static final String[] JARS = {
    "oshi-core.jar", "jna.jar", "jna-platform.jar", "slf4j-api.jar", "slf4j-nop.jar"
  };
  private static final String BRIDGE_PATH = "io/serialscope/agent/oshi/";
  private static final String BRIDGE_MODULE = "serialscope.oshi.bridge";
  private static final String JNA_MODULE = "com.sun.jna";

  private final ClassLoader loader;

  private IsolatedOshi(ClassLoader loader) {
    this.loader = loader;
  }

  /** Extracts the jars from {@code agentJar} and defines the layer; fails on any problem. */
  static IsolatedOshi load(File agentJar, Instrumentation inst) throws IOException {
    String base = System.getProperty(LIB_DIR_PROPERTY);
    Path dir =
        base == null
            ? Files.createTempDirectory("serialscope-oshi")
            : Files.createTempDirectory(Files.createDirectories(Path.of(base)), "serialscope-oshi");
    dir.toFile().deleteOnExit();
    List<Path> jars = new ArrayList<>();
    try (JarFile jar = new JarFile(agentJar)) {
      for (String name : JARS) {
        JarEntry entry = jar.getJarEntry(LIB + name);
        if (entry == null) {
          throw new IOException("the agent jar lacks " + LIB + name);
        }
        try (InputStream in = jar.getInputStream(entry)) {
          jars.add(extracted(dir.resolve(name), in));
        }
      }
      jars.add(writeBridgeJar(jar, dir.resolve("serialscope-oshi-bridge.jar")));
    }
    ModuleFinder finder = ModuleFinder.of(jars.toArray(new Path[0]));
    Set<String> roots = new HashSet<>();
    for (ModuleReference module : finder.findAll()) {
      roots.add(module.descriptor().name());
    }
    Configuration config =
        ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
    ModuleLayer layer =
        ModuleLayer.defineModulesWithOneLoader(
                config, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader())
            .layer();
    layer.findModule(JNA_MODULE).ifPresent(jna -> allowNativeAccess(inst, jna));
    return new IsolatedOshi(layer.findLoader(BRIDGE_MODULE));
  }

  /** A new instance of the bridge class {@code simpleName} (e.g. {@code "OshiFacts"}). */
  @SuppressWarnings("unchecked")
  Supplier<Map<String, Object>> bridge(String simpleName) throws ReflectiveOperationException {
    String name = BRIDGE_PATH.replace('/', '.') + simpleName;
    Class<?> type = Class.forName(name, true, loader);
    return (Supplier<Map<String, Object>>) type.getConstructor().newInstance();
  }

  private static Path extracted(Path target, InputStream in) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    target.toFile().deleteOnExit();
    return target;
  }

  /** The bridge classes as a jar of their own: an automatic module that reads OSHI. */
  private static Path writeBridgeJar(JarFile agent, Path target) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", BRIDGE_MODULE);
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      Enumeration<JarEntry> entries = agent.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().startsWith(BRIDGE_PATH) && entry.getName().endsWith(".class")) {
          out.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream in = agent.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    target.toFile().deleteOnExit();
    return target;
  }

  /**
   * Gives JNA's module, and only it, native access, so JDK 24+ does not warn on the application's
   * stderr when JNA loads its library. Java 17 to 21 have no such check (and no such method); if
   * the JDK refuses, JNA still works and the JDK prints its warning.
   */
  private static void allowNativeAccess(Instrumentation inst, Module jna) {
    try {
      Method enable = Module.class.getDeclaredMethod("implAddEnableNativeAccess");
      inst.redefineModule(
          Object.class.getModule(),
          Set.of(),
          Map.of(),
          Map.of("java.lang", Set.of(IsolatedOshi.class.getModule())),
          Set.of(),
          Map.of());
      enable.setAccessible(true);
      enable.invoke(jna);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // before JDK 22, or a JDK that changed its internals: at worst the JDK's own warning
    }
  }
}
