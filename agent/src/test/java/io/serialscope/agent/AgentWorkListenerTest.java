package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The listener that times the agent's class rewriting stays out of the loading of the JDK's
 * method-handle, reference and JFR classes: writing its event there can need the class being loaded
 * again (a {@code ClassCircularityError} seen on the hardware sampler's first string
 * concatenation).
 */
class AgentWorkListenerTest {
  @Test
  void leavesTheClassesItsOwnEventNeedsAlone() {
    assertThat(AgentWorkListener.unmeasured("java.lang.invoke.MethodHandle$1")).isTrue();
    assertThat(AgentWorkListener.unmeasured("java.lang.ref.Cleaner")).isTrue();
    assertThat(AgentWorkListener.unmeasured("jdk.jfr.internal.EventWriter")).isTrue();
    assertThat(AgentWorkListener.unmeasured("jdk.internal.misc.Unsafe")).isTrue();
    assertThat(AgentWorkListener.unmeasured(null)).isTrue();
  }

  @Test
  void timesTheClassesTheAgentRewrites() {
    assertThat(AgentWorkListener.unmeasured("java.util.concurrent.ForkJoinPool")).isFalse();
    assertThat(AgentWorkListener.unmeasured("java.util.stream.ReduceOps$ReduceTask")).isFalse();
    assertThat(AgentWorkListener.unmeasured("com.acme.Model")).isFalse();
  }
}
