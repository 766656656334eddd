package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.GpuSyncEvent;
import io.serialscope.agent.bootstrap.gpu.GpuHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JCuda's driver API ({@code jcuda.driver.JCudaDriver}), matched by name so that nothing of JCuda
 * is needed to build or load the agent: kernel launches and memcpys are enqueued GPU work (timed on
 * the device), synchronizes are waits, event records and stream waits order streams, {@code
 * cuModuleGetFunction} names kernels and {@code cuMemAlloc*} is labelled CPU time. Only the public
 * wrappers are woven, not the private natives they call, so each call counts once.
 */
public final class JCudaDriverInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("jcuda.driver.JCudaDriver");
  }

  /** Public static non-native methods named so. */
  static ElementMatcher.Junction<MethodDescription> api(
      ElementMatcher<? super MethodDescription> name) {
    return isPublic().and(isStatic()).and(not(isNative())).and(name);
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(Advices.to(LaunchAdvice.class).on(api(named("cuLaunchKernel"))))
        .visit(Advices.to(CopyAdvice.class).on(api(nameStartsWith("cuMemcpy"))))
        .visit(Advices.to(StreamSyncAdvice.class).on(api(named("cuStreamSynchronize"))))
        .visit(Advices.to(DeviceSyncAdvice.class).on(api(named("cuCtxSynchronize"))))
        .visit(Advices.to(EventSyncAdvice.class).on(api(named("cuEventSynchronize"))))
        .visit(
            Advices.to(EventRecordAdvice.class)
                .on(api(namedOneOf("cuEventRecord", "cuEventRecordWithFlags"))))
        .visit(Advices.to(StreamWaitAdvice.class).on(api(named("cuStreamWaitEvent"))))
        .visit(Advices.to(FunctionAdvice.class).on(api(named("cuModuleGetFunction"))))
        .visit(Advices.to(AllocAdvice.class).on(api(nameStartsWith("cuMemAlloc"))));
  }

  static final class LaunchAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(
        @Advice.Origin Class<?> type,
        @Advice.Argument(0) Object function,
        @Advice.Argument(8) Object stream) {
      return GpuHooks.launchEnter(type, function, stream);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter Object call) {
      GpuHooks.enqueueExit(call);
    }
  }

  /** Also used for the runtime API's {@code cudaMemcpy*}. */
  static final class CopyAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(
        @Advice.Origin Class<?> type,
        @Advice.Origin("#m") String method,
        @Advice.AllArguments Object[] args) {
      return GpuHooks.copyEnter(type, method, args);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter Object call) {
      GpuHooks.enqueueExit(call);
    }
  }

  /** Also used for {@code cudaStreamSynchronize}. */
  static final class StreamSyncAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static GpuSyncEvent enter(@Advice.Origin Class<?> type, @Advice.Argument(0) Object stream) {
      return GpuHooks.syncEnter(type, "stream", stream);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter GpuSyncEvent sync) {
      GpuHooks.syncExit(sync);
    }
  }

  /** Also used for {@code cudaDeviceSynchronize}. */
  static final class DeviceSyncAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static GpuSyncEvent enter(@Advice.Origin Class<?> type) {
      return GpuHooks.syncEnter(type, "device", null);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter GpuSyncEvent sync) {
      GpuHooks.syncExit(sync);
    }
  }

  static final class EventSyncAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static GpuSyncEvent enter(@Advice.Origin Class<?> type, @Advice.Argument(0) Object event) {
      return GpuHooks.syncEnter(type, "event", event);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter GpuSyncEvent sync) {
      GpuHooks.syncExit(sync);
    }
  }

  static final class EventRecordAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.Origin Class<?> type,
        @Advice.Argument(0) Object event,
        @Advice.Argument(1) Object stream) {
      GpuHooks.eventRecorded(type, event, stream);
    }
  }

  static final class StreamWaitAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.Origin Class<?> type,
        @Advice.Argument(0) Object stream,
        @Advice.Argument(1) Object event) {
      GpuHooks.streamWaited(type, stream, event);
    }
  }

  static final class FunctionAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.Origin Class<?> type,
        @Advice.Argument(0) Object function,
        @Advice.Argument(2) String name) {
      GpuHooks.functionLoaded(type, function, name);
    }
  }

  /** Allocation is CPU time of the calling thread, labelled with the call. */
  static final class AllocAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Origin("#t.#m") String method) {
      Hooks.labelEnter(method);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit() {
      Hooks.labelExit();
    }
  }
}
