package io.serialscope.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written cgroup files with known answers (cores = quota / period). */
class CgroupCpuQuotaTest {
  @TempDir Path root;

  @Test
  void v2QuotaIsQuotaOverPeriod() {
    assertThat(CgroupCpuQuota.parseV2("200000 100000\n")).isCloseTo(2.0, within(1e-12));
    assertThat(CgroupCpuQuota.parseV2("150000 100000")).isCloseTo(1.5, within(1e-12));
    assertThat(CgroupCpuQuota.parseV2("50000 200000")).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void v2MaxMeansNoQuota() {
    assertThat(CgroupCpuQuota.parseV2("max 100000\n")).isEqualTo(CgroupCpuQuota.NONE);
  }

  @Test
  void v1QuotaAndPeriod() {
    assertThat(CgroupCpuQuota.parseV1("300000\n", "100000\n")).isCloseTo(3.0, within(1e-12));
    assertThat(CgroupCpuQuota.parseV1("-1\n", "100000\n")).isEqualTo(CgroupCpuQuota.NONE);
  }

  @Test
  void readsV2FileFirst() throws Exception {
    Files.writeString(root.resolve("cpu.max"), "400000 100000\n");
    Path v1 = Files.createDirectories(root.resolve("cpu"));
    Files.writeString(v1.resolve("cpu.cfs_quota_us"), "100000\n");
    Files.writeString(v1.resolve("cpu.cfs_period_us"), "100000\n");

    assertThat(CgroupCpuQuota.read(root)).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void readsV1FilesUnderCpu() throws Exception {
    Path v1 = Files.createDirectories(root.resolve("cpu"));
    Files.writeString(v1.resolve("cpu.cfs_quota_us"), "250000\n");
    Files.writeString(v1.resolve("cpu.cfs_period_us"), "100000\n");

    assertThat(CgroupCpuQuota.read(root)).isCloseTo(2.5, within(1e-12));
  }

  @Test
  void noFilesOrGarbageMeanNoQuota() throws Exception {
    assertThat(CgroupCpuQuota.read(root)).isEqualTo(CgroupCpuQuota.NONE);
    Files.writeString(root.resolve("cpu.max"), "not a number\n");
    assertThat(CgroupCpuQuota.read(root)).isEqualTo(CgroupCpuQuota.NONE);
  }
}
