package io.serialscope.agent.bootstrap.gpu;

import io.serialscope.agent.bootstrap.events.GpuTracerStatusEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JCuda tracer's life: started by the first traced JCuda call, through JCuda's own class
 * loader; off for good when that or any later tracer call fails. Whether it runs is written to the
 * recording once (a {@link GpuTracerStatusEvent}); a failure after a start is written once more.
 */
final class GpuTracer {
  private static final AtomicBoolean STATUS_WRITTEN = new AtomicBoolean();
  private static final AtomicBoolean FAILURE_WRITTEN = new AtomicBoolean();
  private static volatile GpuTracer running;
  private static volatile boolean off;

  final JCudaCalls cuda;
  final DeviceTimer timer;

  private GpuTracer(JCudaCalls cuda, DeviceTimer timer) {
    this.cuda = cuda;
    this.timer = timer;
  }

  /**
   * Called once at agent start: when the application's class path lacks JCuda, the recording says
   * so (a JCuda loaded later by another class loader still starts the tracer).
   */
  static void noteClassPath() {
    ClassLoader system = ClassLoader.getSystemClassLoader();
    if (system.getResource("jcuda/driver/JCudaDriver.class") == null
        && system.getResource("jcuda/runtime/JCuda.class") == null) {
      write(false, false, "JCuda is not on the application's class path.");
    }
  }

  /** The running tracer, started on the first call with {@code jcudaClass}'s loader; or null. */
  static GpuTracer forClass(Class<?> jcudaClass) {
    GpuTracer tracer = running;
    if (tracer != null || off) {
      return tracer;
    }
    synchronized (GpuTracer.class) {
      if (running != null || off) {
        return running;
      }
      GpuHooks.enterTracer();
      try {
        JCudaCalls cuda = new JCudaCalls(jcudaClass.getClassLoader());
        warmUp();
        DeviceTimer timer = new DeviceTimer(cuda);
        timer.start();
        running = new GpuTracer(cuda, timer);
        if (STATUS_WRITTEN.compareAndSet(false, true)) {
          write(true, true, "JCuda calls traced; device times from CUDA events.");
        }
      } catch (Throwable t) {
        off(reasonOf(t));
      } finally {
        GpuHooks.exitTracer();
      }
      return running;
    }
  }

  /**
   * Loads what the traced calls use between their two CUDA events: loading it on the first call
   * would add milliseconds to the first kernel's or copy's measured duration.
   */
  private static void warmUp() {
    new io.serialscope.agent.bootstrap.events.GpuLaunchEvent();
    new io.serialscope.agent.bootstrap.events.GpuCopyEvent();
    new io.serialscope.agent.bootstrap.events.GpuSyncEvent();
    new io.serialscope.agent.bootstrap.events.GpuWorkEvent();
    new GpuHooks.Call(0, 0, null, false, null, null, null);
    CopyCall.of("cuMemcpyHtoD", new Object[0]);
  }

  static GpuTracer running() {
    return running;
  }

  /** Turns the tracer off after a failure on the way; the application's call goes on untouched. */
  void fail(Throwable t) {
    running = null;
    off = true;
    if (FAILURE_WRITTEN.compareAndSet(false, true)) {
      write(false, true, "The GPU tracer stopped: " + reasonOf(t));
    }
  }

  /** The tracer never starts; the recording says why, once. */
  static void off(String reason) {
    off = true;
    if (STATUS_WRITTEN.compareAndSet(false, true)) {
      write(false, true, reason);
    }
  }

  private static void write(boolean enabled, boolean jcudaFound, String reason) {
    GpuTracerStatusEvent e = new GpuTracerStatusEvent();
    e.enabled = enabled;
    e.jcudaFound = jcudaFound;
    e.reason = reason;
    e.commit();
  }

  /**
   * One sentence from an error: for JCuda's long native-library message, the line that names the
   * missing library ({@code libcuda.so.1: cannot open shared object file...}).
   */
  static String reasonOf(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    for (String line : message.split("\n")) {
      int missing = line.indexOf("cannot open shared object file");
      if (missing >= 0) {
        int library = line.lastIndexOf(".so: ", missing);
        String what = library >= 0 ? line.substring(library + 5) : line.strip();
        return "JCuda could not load its native library (no CUDA driver?): " + what;
      }
    }
    String first = message.lines().findFirst().orElse("");
    String text = root.getClass().getSimpleName() + ": " + first;
    return text.length() > 300 ? text.substring(0, 300) : text;
  }
}
