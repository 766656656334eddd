package io.serialscope.analyzer.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.HardwareSnapshot;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer reads the agent's hardware events by name and fields: events with the agent's names
 * and field names, written here with known values, give known facts and sample summaries.
 */
class HardwareEventsTest {
  @TempDir Path dir;

  @Name("serialscope.Hardware")
  @StackTrace(false)
  static final class Snapshot extends jdk.jfr.Event {
    String source;
    String cpuModel;
    int physicalCores;
    int logicalCores;
    int sockets;
    int numaNodes;
    long baseFrequencyHz;
    long maxFrequencyHz;
    long memoryBytes;
    String os;
    String jvm;
    String gc;
    long maxHeapBytes;
    int availableProcessors;
    double containerCpuQuota;
    String gpus;
  }

  @Name("serialscope.HardwareSample")
  @StackTrace(false)
  static final class Sample extends jdk.jfr.Event {
    String coreUtilization;
    String coreFrequencyMhz;
    double systemCpuLoad;
    double loadAverage;
    long contextSwitches;
    long processCpuNanos;
  }

  private static void snapshot(String source, int logical, int available, double quota) {
    Snapshot s = new Snapshot();
    s.source = source;
    s.cpuModel = "Test CPU 9000";
    s.physicalCores = 4;
    s.logicalCores = logical;
    s.sockets = 1;
    s.numaNodes = 2;
    s.baseFrequencyHz = 2_400_000_000L;
    s.maxFrequencyHz = 3_600_000_000L;
    s.memoryBytes = 16L << 30;
    s.os = "TestOS 1";
    s.jvm = "TestVM 17";
    s.gc = "G1 Young Generation, G1 Old Generation";
    s.maxHeapBytes = 4L << 30;
    s.availableProcessors = available;
    s.containerCpuQuota = quota;
    s.gpus = "Big GPU\tGPU Corp\t8589934592\nSmall GPU\tOther Inc\t0";
    s.commit();
  }

  private static void sample(String utilization, String mhz, double load, long switches) {
    Sample s = new Sample();
    s.coreUtilization = utilization;
    s.coreFrequencyMhz = mhz;
    s.systemCpuLoad = 0.5;
    s.loadAverage = load;
    s.contextSwitches = switches;
    s.processCpuNanos = switches * 10;
    s.commit();
  }

  private Path record(Runnable events) throws Exception {
    Path file = dir.resolve("hardware.jfr");
    try (Recording r = new Recording()) {
      r.enable("serialscope.Hardware");
      r.enable("serialscope.HardwareSample");
      r.enable("jdk.CPUInformation");
      r.start();
      events.run();
      r.stop();
      r.dump(file);
    }
    return file;
  }

  @Test
  void snapshotAndSampleSummaries() throws Exception {
    Path file =
        record(
            () -> {
              snapshot("jdk", 6, 6, -1);
              snapshot("oshi", 8, 6, 2.5); // the OSHI snapshot wins over the JDK one
              sample("", "", 1.0, 1000); // before OSHI loaded: no per-core values
              sample("0.500,1.000", "2000,3000", 2.0, 3000);
              sample("0.250,0.250", "1000,1000", 3.0, 5000);
            });

    Analysis.Hardware hw = RecordingReader.read(file).hardware();
    HardwareSnapshot s = hw.snapshot();

    assertThat(hw.logicalCores()).as("the JVM's availableProcessors").isEqualTo(6);
    assertThat(s.machineLogicalCores()).isEqualTo(8);
    assertThat(hw.physicalCores()).isEqualTo(4);
    assertThat(hw.cpuModel()).isEqualTo("Test CPU 9000");
    assertThat(hw.gpus()).containsExactly("Big GPU", "Small GPU");
    assertThat(s.source()).isEqualTo("oshi");
    assertThat(s.numaNodes()).isEqualTo(2);
    assertThat(s.maxFrequencyHz()).isEqualTo(3_600_000_000L);
    assertThat(s.memoryBytes()).isEqualTo(16L << 30);
    assertThat(s.gc()).isEqualTo("G1 Young Generation, G1 Old Generation");
    assertThat(s.containerCpuQuota()).isCloseTo(2.5, within(1e-12));
    assertThat(hw.usableCores()).isCloseTo(2.5, within(1e-12)); // min(6, 6, 2.5)
    assertThat(s.gpus())
        .containsExactly(
            new HardwareSnapshot.Gpu("Big GPU", "GPU Corp", 8_589_934_592L),
            new HardwareSnapshot.Gpu("Small GPU", "Other Inc", -1));

    HardwareSnapshot.LoadSummary load = s.load();
    assertThat(load.samples()).isEqualTo(3);
    // means of the per-sample core means: (0.75 + 0.25) / 2 and (2500 + 1000) / 2 MHz
    assertThat(load.meanUtilization()).isCloseTo(0.5, within(1e-9));
    assertThat(load.meanFrequencyHz()).isCloseTo(1.75e9, within(1.0));
    assertThat(load.meanLoadAverage()).isCloseTo(2.0, within(1e-9));
    assertThat(load.processCpuNanos()).isEqualTo(50_000);
    List<RecordedEvent> samples =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals("serialscope.HardwareSample"))
            .toList();
    double seconds =
        (RecordingReader.epochNanos(samples.get(2).getStartTime())
                - RecordingReader.epochNanos(samples.get(0).getStartTime()))
            / 1e9;
    assertThat(load.contextSwitchesPerSecond()).isCloseTo(4000 / seconds, within(1e-6));
  }

  @Test
  void withoutASnapshotJfrsCpuInformationIsUsed() throws Exception {
    Path file = record(() -> {});

    Analysis.Hardware hw = RecordingReader.read(file).hardware();

    assertThat(hw.snapshot()).isEqualTo(HardwareSnapshot.NONE);
    assertThat(hw.logicalCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(hw.cpuModel()).isNotBlank();
    assertThat(hw.usableCores()).isEqualTo(hw.logicalCores());
  }

  @Test
  void commaSeparatedMeans() {
    assertThat(HardwareEvents.mean("0.2,0.4,0.9", 1)).isCloseTo(0.5, within(1e-12));
    assertThat(HardwareEvents.mean("", 1)).isEqualTo(-1);
    assertThat(HardwareEvents.mean("-1,3000", 1e6)).isCloseTo(3e9, within(1e-3));
  }
}
