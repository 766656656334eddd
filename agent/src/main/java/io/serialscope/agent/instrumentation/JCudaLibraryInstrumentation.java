package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.serialscope.agent.bootstrap.gpu.GpuHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JCuda's native-library loader ({@code jcuda.LibUtils}, {@code jcuda.LibUtilsCuda}): when it
 * throws (no libcuda, no driver), JCuda's classes fail to initialize before any traced call runs,
 * so this is where the recording learns why the GPU tracer is off. The error goes on unchanged.
 */
public final class JCudaLibraryInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf("jcuda.LibUtils", "jcuda.LibUtilsCuda");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder.visit(Advices.to(LoadAdvice.class).on(named("loadLibrary")));
  }

  static final class LoadAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Thrown Throwable error) {
      if (error != null) {
        GpuHooks.libraryLoadFailed(error);
      }
    }
  }
}
