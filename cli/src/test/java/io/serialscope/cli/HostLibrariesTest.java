package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.workloads.HostLibraries;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's own libraries win: an application with its own (older) Byte Buddy, JNA, OSHI and
 * picocli runs the same under the agent, its ServiceLoader and class-path lookups find nothing of
 * ours.
 */
class HostLibrariesTest {
  /**
   * Byte Buddy 1.14.18, picocli 4.6.2, JNA 5.13.0 and OSHI 6.4.6 (with JNA's platform jar, SLF4J
   * 2.0.9 and its no-op binding), copied here by the cli module's pom.
   */
  private static final Path HOST_LIBS = Path.of("target", "host-libs").toAbsolutePath();

  private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();

  private static final String CDS_WARNING =
      "OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes because"
          + " bootstrap classpath has been appended\\R";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String name, String... jvmOptions) throws Exception {
    List<String> classPath = new ArrayList<>();
    classPath.add(TEST_CLASSES.toString());
    try (Stream<Path> jars = Files.list(HOST_LIBS)) {
      jars.map(Path::toString).sorted().forEach(classPath::add);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, classPath));
    cmd.add(HostLibraries.class.getName());
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished (a hang is a deadlock)").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void anApplicationWithItsOwnByteBuddyJnaOshiAndPicocliRunsUnchanged() throws Exception {
    assertThat(HOST_LIBS).as("copied by the pom's host-libs execution").isDirectory();
    Run plain = run("plain");
    Path recording = dir.resolve("host.jfr");

    Run withAgent = run("agent", "-javaagent:" + ForkedJvm.AGENT_JAR + "=output=" + recording);

    assertThat(plain.code()).as("stderr: %s", plain.err()).isZero();
    assertThat(plain.out())
        .contains(
            "byte-buddy from byte-buddy-1.14.18.jar",
            "subclass says: made by the host's Byte Buddy",
            "picocli 4.6.2 from picocli-4.6.2.jar: steps=3 words=[alpha, beta]",
            "jna 5.13.0 from jna-5.13.0.jar: getpid is ours true",
            "oshi 6.4.6 from oshi-core-6.4.6.jar: processor named true, logical processors true,"
                + " memory true, pid is ours true",
            "greeters [EnglishGreeter: hello world]",
            "net/bytebuddy/ByteBuddy.class [byte-buddy-1.14.18.jar]",
            "com/sun/jna/Native.class [jna-5.13.0.jar]",
            // the application's own OSHI and SLF4J, never the agent's embedded ones
            "oshi/SystemInfo.class [oshi-core-6.4.6.jar]",
            "org/slf4j/LoggerFactory.class [slf4j-api-2.0.9.jar]",
            "META-INF/services/org.slf4j.spi.SLF4JServiceProvider [slf4j-nop-2.0.9.jar]");
    assertThat(withAgent.code()).as("stderr: %s", withAgent.err()).isZero();
    assertThat(withAgent.out()).isEqualTo(plain.out());
    assertThat(withAgent.err()).doesNotContain("serialscope:");
    // nothing on stderr beyond what the application itself prints, except the JVM's one-time CDS
    // warning about the appended boot class path (README, "Sharing is only supported ...")
    assertThat(withAgent.err().replaceFirst(CDS_WARNING, "")).isEqualTo(plain.err());
    assertThat(recording).exists();
    assertThat(RecordingFile.readAllEvents(recording))
        .as("the agent recorded, with its own OSHI next to the application's OSHI and JNA")
        .anySatisfy(e -> assertThat(e.getEventType().getName()).isEqualTo("serialscope.Hardware"));
  }

  @Test
  void theAgentJarOffersNothingToTheHostsServiceLoaderOrClassPath() throws Exception {
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(ForkedJvm.AGENT_JAR.toFile())) {
      for (JarEntry e : Collections.list(jar.entries())) {
        names.add(e.getName());
      }
    }

    assertThat(names).isNotEmpty().noneMatch(n -> n.startsWith("META-INF/services"));
    assertThat(names)
        .filteredOn(n -> n.endsWith(".class"))
        .isNotEmpty()
        .allMatch(n -> n.startsWith("io/serialscope/"), "a class of ours, relocated");
    // OSHI, JNA and SLF4J travel as nested jars, which no class loader of the host reads
    assertThat(names)
        .filteredOn(n -> n.endsWith(".jar"))
        .isNotEmpty()
        .allMatch(n -> n.startsWith("META-INF/serialscope/lib/"), "a nested library jar");
    assertThat(names)
        .filteredOn(n -> !n.endsWith("/"))
        .allMatch(
            n ->
                n.startsWith("io/serialscope/")
                    || n.startsWith("META-INF/serialscope/lib/")
                    || n.startsWith("META-INF/licenses/")
                    || List.of("META-INF/MANIFEST.MF", "META-INF/NOTICE", "META-INF/LICENSE")
                        .contains(n),
            "nothing outside our namespace but the manifest and legal texts");
  }
}
