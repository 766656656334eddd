package io.serialscope.cli.workloads;

import static net.bytebuddy.matcher.ElementMatchers.named;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.implementation.FixedValue;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import picocli.CommandLine;

/**
 * An application that bundles its own, different Byte Buddy, JNA, OSHI (with its own SLF4J and
 * binding) and picocli than the agent's, uses each of them, looks up its own service and scans its
 * class path for theirs. Everything it prints must be the same with and without the agent.
 */
public final class HostLibraries {
  /** The application's own service interface; its one provider is {@link EnglishGreeter}. */
  public interface Greeter {
    String greet(String name);
  }

  public static final class EnglishGreeter implements Greeter {
    @Override
    public String greet(String name) {
      return "hello " + name;
    }
  }

  /** The application's command line, parsed by its own picocli. */
  @CommandLine.Command(name = "host")
  static final class Options {
    @CommandLine.Option(names = "--steps")
    int steps;

    @CommandLine.Parameters List<String> words = new ArrayList<>();
  }

  /** The C library's getpid, through the application's own JNA. */
  public interface CLibrary extends Library {
    int getpid();
  }

  public static void main(String[] args) throws Exception {
    System.out.println("byte-buddy from " + jarOf(ByteBuddy.class));
    Object made =
        new ByteBuddy(ClassFileVersion.JAVA_V17)
            .subclass(Object.class)
            .method(named("toString"))
            .intercept(FixedValue.value("made by the host's Byte Buddy"))
            .make()
            .load(HostLibraries.class.getClassLoader())
            .getLoaded()
            .getDeclaredConstructor()
            .newInstance();
    System.out.println("subclass says: " + made);

    Options options = new Options();
    new CommandLine(options).parseArgs("--steps", "3", "alpha", "beta");
    System.out.println(
        "picocli "
            + CommandLine.class.getField("VERSION").get(null) // not the constant compiled in
            + " from "
            + jarOf(CommandLine.class)
            + ": steps="
            + options.steps
            + " words="
            + options.words);

    CLibrary c = Native.load("c", CLibrary.class);
    System.out.println(
        "jna "
            + Native.VERSION
            + " from "
            + jarOf(Native.class)
            + ": getpid is ours "
            + (c.getpid() == ProcessHandle.current().pid()));

    // OSHI reads /proc for the processor and calls the C library through the application's JNA for
    // the process id: both must work with the agent's own OSHI 6.9.1 loaded beside it
    SystemInfo system = new SystemInfo();
    CentralProcessor cpu = system.getHardware().getProcessor();
    System.out.println(
        "oshi "
            + SystemInfo.class.getPackage().getImplementationVersion()
            + " from "
            + jarOf(SystemInfo.class)
            + ": processor named "
            + !cpu.getProcessorIdentifier().getName().isBlank()
            + ", logical processors "
            + (cpu.getLogicalProcessorCount() > 0)
            + ", memory "
            + (system.getHardware().getMemory().getTotal() > 0)
            + ", pid is ours "
            + (system.getOperatingSystem().getProcessId() == ProcessHandle.current().pid()));

    List<String> greeters = new ArrayList<>();
    for (Greeter g : ServiceLoader.load(Greeter.class)) {
      greeters.add(g.getClass().getSimpleName() + ": " + g.greet("world"));
    }
    System.out.println("greeters " + greeters);

    // what a class-path scanner looking for these libraries, or a ServiceLoader of the agent's
    // embedded libraries' services, would find
    for (String resource :
        List.of(
            "net/bytebuddy/ByteBuddy.class",
            "com/sun/jna/Native.class",
            "picocli/CommandLine.class",
            "oshi/SystemInfo.class",
            "org/slf4j/LoggerFactory.class",
            "META-INF/services/org.slf4j.spi.SLF4JServiceProvider",
            "META-INF/services/" + Greeter.class.getName())) {
      List<URL> found = Collections.list(ClassLoader.getSystemClassLoader().getResources(resource));
      List<String> jars = new ArrayList<>();
      for (URL url : found) {
        String path = url.getPath().replaceFirst("!/.*$", ""); // a jar: the jar's own path
        jars.add(path.substring(path.lastIndexOf('/') + 1));
      }
      System.out.println(resource + " " + jars);
    }
  }

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getFileName()
        .toString();
  }
}
