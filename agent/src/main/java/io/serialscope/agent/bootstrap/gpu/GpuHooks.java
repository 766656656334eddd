package io.serialscope.agent.bootstrap.gpu;

import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.GpuCopyEvent;
import io.serialscope.agent.bootstrap.events.GpuLaunchEvent;
import io.serialscope.agent.bootstrap.events.GpuStreamWaitEvent;
import io.serialscope.agent.bootstrap.events.GpuSyncEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the JCuda advice calls. The first call starts the tracer on JCuda's own class loader; when
 * that fails (no context, no device) the tracer is off, says why once, and every later call returns
 * at once. Nothing here throws: every entry point catches.
 */
public final class GpuHooks {
  private static final AtomicLong CORRELATION_IDS = new AtomicLong();
  private static final ThreadLocal<int[]> GUARD = ThreadLocal.withInitial(() -> new int[1]);

  /** Stream id → the latest operation enqueued on it. */
  private static final Map<Long, Long> LAST_ON_STREAM = new ConcurrentHashMap<>();

  /** CUDA event → the latest operation enqueued on its stream when it was recorded. */
  private static final Map<Long, Long> EVENT_RECORDS = new ConcurrentHashMap<>();

  /** CUfunction → its kernel name (from cuModuleGetFunction). */
  private static final Map<Long, String> KERNEL_NAMES = new ConcurrentHashMap<>();

  /** cuBLAS handle → the runtime stream set on it (absent: the default stream). */
  private static final Map<Long, Object> CUBLAS_STREAMS = new ConcurrentHashMap<>();

  private GpuHooks() {}

  /** An enqueued operation between its enter and exit advice. */
  public static final class Call {
    final long correlationId;
    final long streamId;
    final Object driverStream;
    final boolean copy;
    final String label;
    final Object[] timing;
    final jdk.jfr.Event event;

    Call(
        long correlationId,
        long streamId,
        Object driverStream,
        boolean copy,
        String label,
        Object[] timing,
        jdk.jfr.Event event) {
      this.correlationId = correlationId;
      this.streamId = streamId;
      this.driverStream = driverStream;
      this.copy = copy;
      this.label = label;
      this.timing = timing;
      this.event = event;
    }
  }

  /** Marks the calling thread as the tracer's: its JCuda calls are never traced. */
  static void enterTracer() {
    GUARD.get()[0]++;
  }

  static void exitTracer() {
    GUARD.get()[0]--;
  }

  /** The tracer when it runs and this call is the application's, else null. */
  private static GpuTracer tracer(Class<?> jcudaClass) {
    if (!Hooks.isEnabled() || GUARD.get()[0] > 0) {
      return null;
    }
    return GpuTracer.forClass(jcudaClass);
  }

  /** {@code cuLaunchKernel(function, grid..., block..., shared, stream, params, extra)}. */
  public static Call launchEnter(Class<?> jcudaClass, Object function, Object stream) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer == null) {
      return null;
    }
    String name = KERNEL_NAMES.get(tracer.cuda.nativePointer(function));
    return enqueue(tracer, stream, false, name == null ? "kernel" : name, null);
  }

  /** A cuBLAS call: its kernels run on the stream set on the handle. */
  public static Call cublasEnter(Class<?> jcublasClass, String method, Object handle) {
    GpuTracer tracer = tracer(jcublasClass);
    if (tracer == null) {
      return null;
    }
    Object stream = CUBLAS_STREAMS.get(tracer.cuda.nativePointer(handle));
    return enqueue(tracer, stream, false, method, null);
  }

  /** A driver or runtime memcpy: direction, size and stream from its name and arguments. */
  public static Call copyEnter(Class<?> jcudaClass, String method, Object[] args) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer == null) {
      return null;
    }
    CopyCall copy = CopyCall.of(method, args);
    GpuCopyEvent event = new GpuCopyEvent();
    event.begin();
    event.direction = copy.direction();
    event.bytes = copy.bytes();
    event.async = copy.async();
    return enqueue(tracer, copy.stream(), true, copy.direction(), event);
  }

  private static Call enqueue(
      GpuTracer tracer, Object stream, boolean copy, String label, jdk.jfr.Event event) {
    enterTracer();
    try {
      Object driverStream = tracer.cuda.driverStream(stream);
      long streamId = tracer.cuda.nativePointer(stream);
      long correlationId = CORRELATION_IDS.incrementAndGet();
      LAST_ON_STREAM.put(streamId, correlationId);
      if (!copy) {
        GpuLaunchEvent launch = new GpuLaunchEvent();
        launch.correlationId = correlationId;
        launch.streamId = streamId;
        launch.label = label;
        launch.commit();
      }
      // last, right before the application's call: on an idle stream the start event completes
      // at once, so everything the host does after it would count as device time
      Object[] timing = tracer.timer.before(tracer.cuda.currentContext(), driverStream);
      return new Call(correlationId, streamId, driverStream, copy, label, timing, event);
    } catch (Throwable t) {
      tracer.fail(t);
      return null;
    } finally {
      exitTracer();
    }
  }

  /** At agent start: the recording says so when the application's class path lacks JCuda. */
  public static void noteClassPath() {
    try {
      GpuTracer.noteClassPath();
    } catch (RuntimeException e) {
      // a class loader that refuses resource lookups: say nothing rather than fail the agent
    }
  }

  /** After the launch or copy returned: the end event, and the copy's event with its duration. */
  public static void enqueueExit(Object started) {
    if (!(started instanceof Call call)) {
      return;
    }
    GpuTracer tracer = GpuTracer.running();
    enterTracer();
    try {
      // first, right after the application's call: after a blocking copy the stream is idle and
      // the end event completes at once, so host work before it would count as device time
      if (call.timing != null && tracer != null) {
        tracer.timer.after(
            call.timing,
            call.driverStream,
            call.correlationId,
            call.streamId,
            call.copy,
            call.label);
      }
      if (call.event instanceof GpuCopyEvent copy) {
        copy.correlationId = call.correlationId;
        copy.streamId = call.streamId;
        copy.commit();
      }
    } catch (Throwable t) {
      if (tracer != null) {
        tracer.fail(t);
      }
    } finally {
      exitTracer();
    }
  }

  /**
   * A synchronize: {@code what} is {@code stream}, {@code device} or {@code event}; {@code target}
   * the stream or event waited for (null for the device).
   */
  public static GpuSyncEvent syncEnter(Class<?> jcudaClass, String what, Object target) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer == null) {
      return null;
    }
    GpuSyncEvent e = new GpuSyncEvent();
    e.what = what;
    long id = tracer.cuda.nativePointer(target);
    switch (what) {
      case "stream" -> {
        e.streamId = id;
        e.awaitedCorrelationId = LAST_ON_STREAM.getOrDefault(id, 0L);
      }
      case "event" -> {
        Long awaited = EVENT_RECORDS.get(id);
        e.streamId = -2; // unknown event: blocked time, but no edge
        e.awaitedCorrelationId = awaited == null ? 0 : awaited;
      }
      default -> e.streamId = -1;
    }
    e.begin();
    return e;
  }

  public static void syncExit(GpuSyncEvent e) {
    if (e != null) {
      e.commit();
    }
  }

  /** {@code cuEventRecord(event, stream)}: remembers what the event will wait for. */
  public static void eventRecorded(Class<?> jcudaClass, Object event, Object stream) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer != null) {
      Long last = LAST_ON_STREAM.get(tracer.cuda.nativePointer(stream));
      EVENT_RECORDS.put(tracer.cuda.nativePointer(event), last == null ? 0L : last);
    }
  }

  /** {@code cuStreamWaitEvent(stream, event, flags)}. */
  public static void streamWaited(Class<?> jcudaClass, Object stream, Object event) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer == null) {
      return;
    }
    Long awaited = EVENT_RECORDS.get(tracer.cuda.nativePointer(event));
    if (awaited == null || awaited == 0) {
      return;
    }
    GpuStreamWaitEvent e = new GpuStreamWaitEvent();
    e.correlationId = CORRELATION_IDS.incrementAndGet();
    e.streamId = tracer.cuda.nativePointer(stream);
    e.awaitedCorrelationId = awaited;
    e.commit();
  }

  /** {@code cuModuleGetFunction(function, module, name)} returned: the kernel's label. */
  public static void functionLoaded(Class<?> jcudaClass, Object function, String name) {
    GpuTracer tracer = tracer(jcudaClass);
    if (tracer != null && name != null) {
      KERNEL_NAMES.put(tracer.cuda.nativePointer(function), name);
    }
  }

  /** {@code cublasSetStream(handle, stream)} returned. */
  public static void cublasStreamSet(Class<?> jcublasClass, Object handle, Object stream) {
    GpuTracer tracer = tracer(jcublasClass);
    if (tracer != null) {
      long key = tracer.cuda.nativePointer(handle);
      if (stream == null) {
        CUBLAS_STREAMS.remove(key);
      } else {
        CUBLAS_STREAMS.put(key, stream);
      }
    }
  }

  /** JCuda could not load a native library: the tracer is off, and the recording says why. */
  public static void libraryLoadFailed(Throwable error) {
    GpuTracer.off(GpuTracer.reasonOf(error));
  }
}
