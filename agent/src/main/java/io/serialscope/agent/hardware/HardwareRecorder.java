package io.serialscope.agent.hardware;

import io.serialscope.agent.bootstrap.events.HardwareEvent;
import io.serialscope.agent.bootstrap.events.HardwareSampleEvent;
import java.io.File;
import java.lang.instrument.Instrumentation;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/**
 * Records the hardware snapshot and the periodic load samples. Loading OSHI takes a few hundred
 * milliseconds, so it happens on a daemon thread ({@code serialscope-hardware}, which the hooks
 * ignore) and never in premain's path; the snapshot is written when that thread is done and again
 * at the end of every chunk (the JDK's facts if OSHI is still loading then). When OSHI cannot load,
 * one line on stderr says so and the JDK's facts are recorded instead.
 */
public final class HardwareRecorder {
  private static volatile HardwareFacts facts;

  /** Samples the load every period, and once more at each chunk's end; null when switched off. */
  private static volatile HardwareSampler sampler;

  private HardwareRecorder() {}

  /**
   * Starts gathering the snapshot and, when {@code sampleMillis > 0}, samples the machine's load
   * every {@code sampleMillis} milliseconds into {@code recording}.
   */
  public static void start(
      Recording recording,
      long sampleMillis,
      File agentJar,
      Instrumentation inst,
      boolean verbose) {
    FlightRecorder.addPeriodicEvent(HardwareEvent.class, HardwareRecorder::commitAtChunkEnd);
    HardwareSampler loadSampler = sampleMillis > 0 ? new HardwareSampler() : null;
    sampler = loadSampler;
    if (loadSampler != null) {
      FlightRecorder.addPeriodicEvent(HardwareSampleEvent.class, loadSampler::sample);
      recording.enable(HardwareSampleEvent.class).withPeriod(Duration.ofMillis(sampleMillis));
    }
    Thread gatherer =
        new Thread(() -> gather(agentJar, inst, loadSampler, verbose), "serialscope-hardware");
    gatherer.setDaemon(true);
    gatherer.start();
  }

  private static void gather(
      File agentJar, Instrumentation inst, HardwareSampler sampler, boolean verbose) {
    long start = System.nanoTime();
    long startCpu = threadCpuNanos();
    HardwareFacts result = JdkHardwareFacts.read();
    try {
      IsolatedOshi oshi = IsolatedOshi.load(agentJar, inst);
      result = result.withOshi(oshi.bridge("OshiFacts").get());
      if (sampler != null) {
        sampler.useOshi(oshi.bridge("OshiLoadSampler"));
      }
    } catch (Throwable t) {
      HardwareSampler.unavailable(t);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long cpuMillis = TimeUnit.NANOSECONDS.toMillis(threadCpuNanos() - startCpu);
    facts = result;
    result.commit();
    if (verbose) {
      System.err.println(
          "serialscope: hardware facts ("
              + result.source()
              + ") in "
              + millis
              + " ms, "
              + cpuMillis
              + " ms of CPU");
    }
  }

  private static long threadCpuNanos() {
    try {
      return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    } catch (RuntimeException | LinkageError e) {
      return 0;
    }
  }

  /**
   * Never waits for OSHI: the last chunk ends while the JVM exits, and holding the exit back would
   * stretch the recording (and the last segment of a thread without an end event) by the wait. A
   * load sample goes with it, so that a program shorter than the sampling period has one too.
   */
  private static void commitAtChunkEnd() {
    HardwareFacts known = facts;
    (known != null ? known : JdkHardwareFacts.read()).commit();
    HardwareSampler loadSampler = sampler;
    if (loadSampler != null) {
      loadSampler.sample();
    }
  }
}
