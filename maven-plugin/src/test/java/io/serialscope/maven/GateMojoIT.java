package io.serialscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real Maven ({@code mvn -o verify}) on a tiny project whose build uses the packaged plugin,
 * from a repository holding only the plugin and plexus-utils 1.1 (which Maven adds to every plugin
 * that lacks it; copied from the build's own local repository). The report is hand-made: serial
 * fraction 0.2, parallelism 2.5.
 */
class GateMojoIT {
  private static final String VERSION = "0.1.0-SNAPSHOT";

  @TempDir Path dir;
  private Path repo;
  private Path project;

  @BeforeEach
  void repositoryAndProject() throws IOException {
    repo = dir.resolve("repo");
    Path pluginDir = repo.resolve("io/serialscope/serialscope-maven-plugin/" + VERSION);
    Files.createDirectories(pluginDir);
    Path jar = Path.of(System.getProperty("serialscope.it.pluginJar"));
    assertThat(jar).as("the shaded plugin jar of the package phase").exists();
    Files.copy(jar, pluginDir.resolve("serialscope-maven-plugin-" + VERSION + ".jar"));
    Files.writeString(
        pluginDir.resolve("serialscope-maven-plugin-" + VERSION + ".pom"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>io.serialscope</groupId>"
            + "<artifactId>serialscope-maven-plugin</artifactId><version>"
            + VERSION
            + "</version><packaging>maven-plugin</packaging></project>");
    Path plexus =
        Path.of(
            System.getProperty("serialscope.it.localRepository"),
            "org/codehaus/plexus/plexus-utils/1.1");
    assertThat(plexus).as("plexus-utils 1.1 in the build's local repository").isDirectory();
    Path plexusCopy = Files.createDirectories(repo.resolve("org/codehaus/plexus/plexus-utils/1.1"));
    for (String name : List.of("plexus-utils-1.1.jar", "plexus-utils-1.1.pom")) {
      Files.copy(
          plexus.resolve(name), plexusCopy.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(
        project.resolve("report.json"),
        "{\"schemaVersion\":1,\"workNanos\":1000000000,\"spanNanos\":400000000,"
            + "\"parallelism\":2.5,\"serialFraction\":0.2,"
            + "\"predictedSpeedup\":{\"1\":1.0,\"2\":2.0,\"4\":2.5}}");
  }

  private void pom(String configuration) throws IOException {
    Files.writeString(
        project.resolve("pom.xml"),
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId><artifactId>tiny</artifactId><version>1</version>
          <packaging>pom</packaging>
          <build><plugins><plugin>
            <groupId>io.serialscope</groupId><artifactId>serialscope-maven-plugin</artifactId>
            <version>%s</version>
            <executions><execution><goals><goal>gate</goal></goals></execution></executions>
            <configuration>
              <inputs><input>report.json</input></inputs>
              %s
            </configuration>
          </plugin></plugins></build>
        </project>
        """
            .formatted(VERSION, configuration));
  }

  private record Build(int exitCode, String log) {}

  private Build verify() throws Exception {
    Path mvn = Path.of(System.getProperty("serialscope.it.mavenHome"), "bin", "mvn");
    Path log = dir.resolve("build.log");
    Process p =
        new ProcessBuilder(mvn.toString(), "-B", "-o", "-Dmaven.repo.local=" + repo, "verify")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("maven finished").isTrue();
    return new Build(p.exitValue(), Files.readString(log));
  }

  @Test
  void passingThresholdsPassTheBuildAndWriteJUnitXml() throws Exception {
    pom(
        "<maxSerialFraction>0.3</maxSerialFraction><minSpeedups><minSpeedup>4=2</minSpeedup></minSpeedups>");
    Build build = verify();
    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(build.log())
        .contains("| serial fraction | 0.200 | ≤ 0.300 | pass |")
        .contains("BUILD SUCCESS");
    assertThat(project.resolve("target/serialscope-gate.xml")).content().contains("<testsuite");
  }

  @Test
  void aFailedThresholdFailsTheBuild() throws Exception {
    pom("<maxSerialFraction>0.1</maxSerialFraction>");
    Build build = verify();
    assertThat(build.exitCode()).as(build.log()).isNotZero();
    assertThat(build.log())
        .contains("**FAIL**")
        .contains("serialscope gate failed")
        .contains("BUILD FAILURE");
  }

  @Test
  void thresholdFileInTheProjectIsUsed() throws Exception {
    pom("");
    Files.writeString(project.resolve("serialscope-gate.yaml"), "minParallelism: 3\n");
    Build build = verify();
    assertThat(build.exitCode()).as(build.log()).isNotZero();
    assertThat(build.log()).contains("| parallelism | 2.50 | ≥ 3.00 | **FAIL** |");
  }
}
