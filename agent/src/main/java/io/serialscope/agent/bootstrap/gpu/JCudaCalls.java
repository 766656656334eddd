package io.serialscope.agent.bootstrap.gpu;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * The few JCuda driver calls the tracer makes itself, found by name through the application's class
 * loader: the agent is compiled without JCuda and loaded by the bootstrap loader, which cannot see
 * it. Every call may throw (JCuda's exceptions may be enabled); callers catch.
 */
final class JCudaCalls {
  static final int CUDA_SUCCESS = 0;
  static final int CU_STREAM_NON_BLOCKING = 1;

  private final Class<?> eventType;
  private final Class<?> streamType;
  private final Class<?> contextType;
  private final Method eventCreate;
  private final Method eventRecord;
  private final Method eventQuery;
  private final Method eventElapsedTime;
  private final Method streamCreate;
  private final Method ctxGetCurrent;
  private final Method ctxSetCurrent;
  private final Method nativePointer;
  private final Constructor<?> streamFromRuntime;

  JCudaCalls(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> driver = Class.forName("jcuda.driver.JCudaDriver", false, loader);
    eventType = Class.forName("jcuda.driver.CUevent", false, loader);
    streamType = Class.forName("jcuda.driver.CUstream", false, loader);
    contextType = Class.forName("jcuda.driver.CUcontext", false, loader);
    eventCreate = driver.getMethod("cuEventCreate", eventType, int.class);
    eventRecord = driver.getMethod("cuEventRecord", eventType, streamType);
    eventQuery = driver.getMethod("cuEventQuery", eventType);
    eventElapsedTime = driver.getMethod("cuEventElapsedTime", float[].class, eventType, eventType);
    streamCreate = driver.getMethod("cuStreamCreate", streamType, int.class);
    ctxGetCurrent = driver.getMethod("cuCtxGetCurrent", contextType);
    ctxSetCurrent = driver.getMethod("cuCtxSetCurrent", contextType);
    nativePointer =
        Class.forName("jcuda.NativePointerObject", false, loader)
            .getDeclaredMethod("getNativePointer");
    nativePointer.setAccessible(true);
    Class<?> runtimeStream = Class.forName("jcuda.runtime.cudaStream_t", false, loader);
    streamFromRuntime = streamType.getConstructor(runtimeStream);
  }

  /** A new timing event (default flags: timing enabled). */
  Object createEvent() throws ReflectiveOperationException {
    Object event = eventType.getConstructor().newInstance();
    check(eventCreate.invoke(null, event, 0), "cuEventCreate");
    return event;
  }

  void record(Object event, Object stream) throws ReflectiveOperationException {
    check(eventRecord.invoke(null, event, stream), "cuEventRecord");
  }

  /** Whether the event completed on the device. */
  boolean completed(Object event) throws ReflectiveOperationException {
    return (Integer) eventQuery.invoke(null, event) == CUDA_SUCCESS;
  }

  /** Device time from {@code from} to {@code to} in ns (resolution about 0.5 µs). */
  long elapsedNanos(Object from, Object to) throws ReflectiveOperationException {
    float[] ms = new float[1];
    check(eventElapsedTime.invoke(null, ms, from, to), "cuEventElapsedTime");
    return Math.round(ms[0] * 1e6);
  }

  /** A stream that never synchronizes with the default stream: anchors must not order the app. */
  Object createNonBlockingStream() throws ReflectiveOperationException {
    Object stream = streamType.getConstructor().newInstance();
    check(streamCreate.invoke(null, stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
    return stream;
  }

  /** The calling thread's current context, or null when it has none. */
  Object currentContext() throws ReflectiveOperationException {
    Object context = contextType.getConstructor().newInstance();
    check(ctxGetCurrent.invoke(null, context), "cuCtxGetCurrent");
    return nativePointer(context) == 0 ? null : context;
  }

  void makeCurrent(Object context) throws ReflectiveOperationException {
    check(ctxSetCurrent.invoke(null, context), "cuCtxSetCurrent");
  }

  /** A handle's native pointer (streams, events, functions); 0 for null. */
  long nativePointer(Object handle) {
    if (handle == null) {
      return 0;
    }
    try {
      return (Long) nativePointer.invoke(handle);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return System.identityHashCode(handle);
    }
  }

  /** A driver-API stream for a stream of any JCuda API (runtime {@code cudaStream_t}), or null. */
  Object driverStream(Object stream) throws ReflectiveOperationException {
    if (stream == null || streamType.isInstance(stream)) {
      return stream;
    }
    return streamFromRuntime.newInstance(stream);
  }

  private static void check(Object result, String call) {
    if (result instanceof Integer code && code != CUDA_SUCCESS) {
      throw new IllegalStateException(call + " returned CUDA error " + code);
    }
  }
}
