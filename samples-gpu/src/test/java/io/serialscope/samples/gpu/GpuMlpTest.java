package io.serialscope.samples.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuMlpTest {
  @TempDir Path dir;

  /** Exit code, stdout and stderr of the sample in a JVM of its own. */
  record Run(int code, String out, String err) {}

  private Run run(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (Runtime.version().feature() >= 22) {
      // JCuda loads its native library from the class path: without this, JDK 22+ prints four
      // lines of warnings (as README's GPU section tells users)
      cmd.add("--enable-native-access=ALL-UNNAMED");
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), GpuMlp.class.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void withoutAGpuOneLineAndCodeTwoElseOneSummaryLine() throws Exception {
    Run run = run("--mode=launch-bound", "--steps=3");
    if (run.code() == GpuMlp.NO_GPU) { // this machine and CI: no libcuda
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err()).startsWith("gpu-mlp: no usable CUDA GPU: ").doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    } else { // a machine with a GPU
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("gpu-mlp: mode=launch-bound steps=3 ");
    }
  }

  @Test
  void badArgumentsAreOneLineAndCodeTwo() throws Exception {
    Run run = run("--mode=fast");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("gpu-mlp: --mode must be launch-bound or compute-bound, not fast");
  }

  @Test
  void modesHaveTheirShapes() {
    MlpShape launch = MlpShape.parse(new String[] {"--mode=launch-bound"});
    assertThat(launch.steps()).isEqualTo(200);
    assertThat(launch.freshBatchEachStep()).isTrue();
    // 128 x 128 + 16 x 128 weights in chunks of 256: 64 + 8 update launches per step
    assertThat(launch.hidden() * launch.inputs() / launch.updateChunk()).isEqualTo(64);
    MlpShape compute = MlpShape.parse(new String[] {"--mode=compute-bound", "--steps=3"});
    assertThat(compute.steps()).isEqualTo(3);
    assertThat(compute.freshBatchEachStep()).isFalse();
    assertThatThrownBy(() -> MlpShape.parse(new String[] {"--steps=0"}))
        .hasMessage("--steps must be at least 1");
  }
}
