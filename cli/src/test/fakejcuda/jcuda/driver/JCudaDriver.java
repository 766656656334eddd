package jcuda.driver;

import static jcuda.NativePointerObject.pointerOf;

import java.util.HashMap;
import java.util.Map;
import jcuda.NativePointerObject;
import jcuda.Pointer;

/**
 * Test double of JCuda's driver API: a simulated device whose clock is System.nanoTime(). Each
 * stream runs its work in order; a kernel named {@code spin_<N>us} takes N µs; a copy takes 1 ns
 * per byte; an event completes when the stream reaches it. Same names and signatures as JCuda, so
 * the agent weaves it exactly as it weaves the real one.
 */
public class JCudaDriver {
  private static final int CUDA_SUCCESS = 0;
  private static final int CUDA_ERROR_NOT_READY = 600;
  private static final Map<Long, Long> streamFreeAt = new HashMap<>();
  private static final Map<Long, Long> eventAt = new HashMap<>();
  private static final Map<Long, Long> kernelNanos = new HashMap<>();

  /** The one context, made on first use as the driver's primary context is. */
  private static long currentContext;

  private JCudaDriver() {}

  private static long freeAt(NativePointerObject stream) {
    return streamFreeAt.getOrDefault(pointerOf(stream), 0L);
  }

  /** Work of {@code nanos} enqueued now on {@code stream}; returns when it will end. */
  private static synchronized long enqueue(NativePointerObject stream, long nanos) {
    long end = Math.max(System.nanoTime(), freeAt(stream)) + nanos;
    streamFreeAt.put(pointerOf(stream), end);
    return end;
  }

  private static void waitUntil(long nanoTime) {
    while (System.nanoTime() < nanoTime) {
      Thread.onSpinWait();
    }
  }

  public static synchronized int cuEventCreate(CUevent event, int flags) {
    NativePointerObject.assign(event);
    return CUDA_SUCCESS;
  }

  public static synchronized int cuEventRecord(CUevent event, CUstream stream) {
    eventAt.put(pointerOf(event), Math.max(System.nanoTime(), freeAt(stream)));
    return CUDA_SUCCESS;
  }

  public static synchronized int cuEventQuery(CUevent event) {
    Long at = eventAt.get(pointerOf(event));
    return at != null && System.nanoTime() >= at ? CUDA_SUCCESS : CUDA_ERROR_NOT_READY;
  }

  public static synchronized int cuEventElapsedTime(float[] ms, CUevent from, CUevent to) {
    ms[0] = (eventAt.get(pointerOf(to)) - eventAt.get(pointerOf(from))) / 1e6f;
    return CUDA_SUCCESS;
  }

  public static int cuEventSynchronize(CUevent event) {
    Long at;
    synchronized (JCudaDriver.class) {
      at = eventAt.get(pointerOf(event));
    }
    waitUntil(at == null ? 0 : at);
    return CUDA_SUCCESS;
  }

  public static synchronized int cuStreamCreate(CUstream stream, int flags) {
    NativePointerObject.assign(stream);
    return CUDA_SUCCESS;
  }

  public static synchronized int cuCtxGetCurrent(CUcontext context) {
    // every call names the same context, as the real driver's does: a fresh handle per call
    // would give every piece of work a clock anchor of its own
    if (currentContext == 0) {
      currentContext = NativePointerObject.assign(context);
    } else {
      NativePointerObject.adopt(context, currentContext);
    }
    return CUDA_SUCCESS;
  }

  public static int cuCtxSetCurrent(CUcontext context) {
    return CUDA_SUCCESS;
  }

  public static synchronized int cuModuleGetFunction(
      CUfunction function, CUmodule module, String name) {
    long pointer = NativePointerObject.assign(function);
    kernelNanos.put(
        pointer, 1_000L * Long.parseLong(name.substring("spin_".length(), name.length() - 2)));
    return CUDA_SUCCESS;
  }

  public static int cuLaunchKernel(
      CUfunction f,
      int gridX,
      int gridY,
      int gridZ,
      int blockX,
      int blockY,
      int blockZ,
      int sharedBytes,
      CUstream stream,
      Pointer params,
      Pointer extra) {
    long nanos;
    synchronized (JCudaDriver.class) {
      nanos = kernelNanos.get(pointerOf(f));
    }
    enqueue(stream, nanos);
    return CUDA_SUCCESS;
  }

  /** Blocking: returns when the copy is done. */
  public static int cuMemcpyHtoD(CUdeviceptr target, Pointer source, long bytes) {
    waitUntil(enqueue(null, bytes));
    return CUDA_SUCCESS;
  }

  public static int cuMemcpyDtoHAsync(
      Pointer target, CUdeviceptr source, long bytes, CUstream stream) {
    enqueue(stream, bytes);
    return CUDA_SUCCESS;
  }

  public static int cuStreamSynchronize(CUstream stream) {
    long at;
    synchronized (JCudaDriver.class) {
      at = freeAt(stream);
    }
    waitUntil(at);
    return CUDA_SUCCESS;
  }

  public static int cuCtxSynchronize() {
    long at = 0;
    synchronized (JCudaDriver.class) {
      for (long free : streamFreeAt.values()) {
        at = Math.max(at, free);
      }
    }
    waitUntil(at);
    return CUDA_SUCCESS;
  }
}
