package io.serialscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.cli.groundtruth.GroundTruthJvm;
import io.serialscope.cli.workloads.DirectiveStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent gives HotSpot its compiler directives for JFR's event writers at start-up with {@code
 * eventCompilation=c1} (see the agent's EventWriterCompilation), by default on JDK 17 only, and
 * leaves the JIT alone with {@code eventCompilation=default}; those for the code busy only at
 * start-up (the class writers, JFR's metadata writer, Byte Buddy: StartupCodeCompilation) by
 * default on every JDK, none with {@code startupCompilation=default}. The program itself prints its
 * JVM's directive stack at its end.
 */
class EventCompilationTest {
  private static final String OUR_PATTERN = "io/serialscope/agent/bootstrap/events/*.*";
  private static final String STARTUP_PATTERN = "io/serialscope/shaded/*.*";

  @TempDir Path dir;

  @Test
  void theAgentAddsItsDirectives() throws Exception {
    String out = run("with", "eventCompilation=c1");

    assertThat(out).startsWith("sum 999000");
    assertThat(out).as("the directive stack").contains(OUR_PATTERN);
    assertThat(Files.readString(dir.resolve("with.err"))).doesNotContain("serialscope");
    assertThat(Files.size(dir.resolve("with.jfr"))).as("the recording").isPositive();
  }

  @Test
  void byDefaultOnlyJdk17GetsThem() throws Exception {
    String out = run("unset", "");

    assertThat(out).startsWith("sum 999000");
    assertThat(out.contains(OUR_PATTERN))
        .as("directives without the option, on JDK %s", Runtime.version().feature())
        .isEqualTo(Runtime.version().feature() == 17);
  }

  @Test
  void eventCompilationDefaultLeavesTheEventWritersAlone() throws Exception {
    String out = run("off", "eventCompilation=default");

    assertThat(out).startsWith("sum 999000");
    assertThat(out).as("the directive stack").contains(STARTUP_PATTERN).doesNotContain(OUR_PATTERN);
    assertThat(Files.readString(dir.resolve("off.err"))).doesNotContain("serialscope");
  }

  @Test
  void startupCodeIsCompiledByC1ByDefaultOnEveryJdk() throws Exception {
    String out = run("startup", "");

    // HotSpot prints each directive as "Directive:", " matching: PATTERNS", its c1 and c2 parts
    String startup =
        Stream.of(out.split("Directive:"))
            .filter(d -> d.contains(STARTUP_PATTERN))
            .findFirst()
            .orElse("");
    assertThat(startup)
        .as("the directive stack")
        .contains(
            "jdk/internal/org/objectweb/asm/*.*",
            "jdk/internal/classfile/*.*",
            "jdk/jfr/internal/MetadataWriter.*");
    assertThat(startup.substring(Math.max(0, startup.indexOf("c2 directives"))))
        .as("its C2 part")
        .contains("Exclude:true");
    assertThat(Files.readString(dir.resolve("startup.err"))).doesNotContain("serialscope");
  }

  @Test
  void bothDefaultLeaveTheCompilersAlone() throws Exception {
    String out = run("none", "eventCompilation=default,startupCompilation=default");

    assertThat(out).startsWith("sum 999000");
    assertThat(out).as("the directive stack").doesNotContain(OUR_PATTERN, STARTUP_PATTERN);
  }

  private String run(String name, String options) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProfiledRun.currentJava());
    cmd.add(
        "-javaagent:"
            + GroundTruthJvm.AGENT_JAR
            + "=output="
            + dir.resolve(name + ".jfr")
            + (options.isEmpty() ? "" : "," + options));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.add(DirectiveStack.class.getName());
    Path out = dir.resolve(name + ".out");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve(name + ".err").toFile())
            .start();
    String hung = ThreadDump.unlessEndedWithin(p, 120);
    assertThat(hung).as("finished; its threads:%n%s", hung).isNull();
    assertThat(p.exitValue()).as("exit code").isZero();
    return Files.readString(out);
  }
}
