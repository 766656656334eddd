package io.serialscope.agent.instrumentation;

import static io.serialscope.agent.instrumentation.JCudaDriverInstrumentation.api;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JCuda's runtime API ({@code jcuda.runtime.JCuda}), by name: {@code cudaMemcpy*} are copies (the
 * runtime's {@code cudaMemcpyKind} gives the direction), {@code cudaDeviceSynchronize} and {@code
 * cudaStreamSynchronize} are waits. Same advice as the driver API.
 */
public final class JCudaRuntimeInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("jcuda.runtime.JCuda");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(JCudaDriverInstrumentation.CopyAdvice.class)
                .on(api(nameStartsWith("cudaMemcpy"))))
        .visit(
            Advices.to(JCudaDriverInstrumentation.StreamSyncAdvice.class)
                .on(api(named("cudaStreamSynchronize"))))
        .visit(
            Advices.to(JCudaDriverInstrumentation.DeviceSyncAdvice.class)
                .on(api(named("cudaDeviceSynchronize"))));
  }
}
