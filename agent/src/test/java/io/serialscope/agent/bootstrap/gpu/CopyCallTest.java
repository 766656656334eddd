package io.serialscope.agent.bootstrap.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a memcpy call's direction, size and stream from JCuda's names and arguments. */
class CopyCallTest {
  /** Stands in for JCuda's stream classes, which the agent recognizes by their simple name. */
  static final class CUstream {}

  static final class cudaStream_t {}

  @Test
  void driverCallsSayTheirDirectionInTheirName() {
    CUstream stream = new CUstream();
    assertThat(CopyCall.of("cuMemcpyHtoD", new Object[] {"dst", "src", 4096L}))
        .isEqualTo(new CopyCall("H2D", 4096, false, null));
    assertThat(CopyCall.of("cuMemcpyDtoHAsync", new Object[] {"dst", "src", 8L, stream}))
        .isEqualTo(new CopyCall("D2H", 8, true, stream));
    assertThat(CopyCall.of("cuMemcpy", new Object[] {"dst", "src", 16L}).direction())
        .isEqualTo("?");
  }

  @Test
  void runtimeCallsSayItWithTheirKindArgument() {
    cudaStream_t stream = new cudaStream_t();
    // cudaMemcpyKind: 0 H2H, 1 H2D, 2 D2H, 3 D2D, 4 default
    assertThat(CopyCall.of("cudaMemcpy", new Object[] {"dst", "src", 64L, 2}))
        .isEqualTo(new CopyCall("D2H", 64, false, null));
    assertThat(CopyCall.of("cudaMemcpyAsync", new Object[] {"dst", "src", 64L, 1, stream}))
        .isEqualTo(new CopyCall("H2D", 64, true, stream));
  }

  @Test
  void twoAndThreeDimensionalCopiesHaveNoPlainSize() {
    assertThat(CopyCall.of("cudaMemcpy2D", new Object[] {"d", 512L, "s", 512L, 128L, 4L, 1}))
        .isEqualTo(new CopyCall("H2D", -1, false, null));
  }

  @Test
  void reasonNamesTheMissingLibrary() {
    UnsatisfiedLinkError error =
        new UnsatisfiedLinkError(
            "Error while loading native library \"JCudaDriver-12.0.0-linux-x86_64\"\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.0.0-linux-x86_64.so:"
                + " libcuda.so.1: cannot open shared object file: No such file or directory\n");
    assertThat(GpuTracer.reasonOf(error))
        .isEqualTo(
            "JCuda could not load its native library (no CUDA driver?): libcuda.so.1: cannot open"
                + " shared object file: No such file or directory");
    assertThat(GpuTracer.reasonOf(new IllegalStateException("cuEventCreate returned CUDA error 3")))
        .isEqualTo("IllegalStateException: cuEventCreate returned CUDA error 3");
  }
}
