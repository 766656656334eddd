package io.serialscope.agent.instrumentation;

import static io.serialscope.agent.instrumentation.JCudaDriverInstrumentation.api;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.serialscope.agent.bootstrap.gpu.GpuHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JCublas2's common calls, by name: each GEMM/GEMV call is one labelled piece of GPU work on the
 * stream set on its handle (the kernels cuBLAS launches for it are timed together); {@code
 * cublasSetStream} tells which stream that is.
 */
public final class JCublasInstrumentation implements TypeInstrumentation {
  static final String[] TRACED = {
    "cublasSgemm",
    "cublasDgemm",
    "cublasSgemmBatched",
    "cublasDgemmBatched",
    "cublasSgemmStridedBatched",
    "cublasDgemmStridedBatched",
    "cublasGemmEx",
    "cublasSgemv",
    "cublasDgemv"
  };

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("jcuda.jcublas.JCublas2");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(Advices.to(BlasAdvice.class).on(api(namedOneOf(TRACED))))
        .visit(Advices.to(SetStreamAdvice.class).on(api(named("cublasSetStream"))));
  }

  static final class BlasAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(
        @Advice.Origin Class<?> type,
        @Advice.Origin("#m") String method,
        @Advice.Argument(0) Object handle) {
      return GpuHooks.cublasEnter(type, method, handle);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter Object call) {
      GpuHooks.enqueueExit(call);
    }
  }

  static final class SetStreamAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.Origin Class<?> type,
        @Advice.Argument(0) Object handle,
        @Advice.Argument(1) Object stream) {
      GpuHooks.cublasStreamSet(type, handle, stream);
    }
  }
}
