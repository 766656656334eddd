package io.serialscope.samples.gpu;

import java.util.Locale;

/**
 * A small MLP trained on the GPU with JCuda: cuBLAS GEMMs for the layers, element-wise kernels
 * compiled at run time with NVRTC (no build step needs a GPU or nvcc).
 *
 * <pre>
 * java -cp 'serialscope-samples-gpu.jar:lib/*' io.serialscope.samples.gpu.GpuMlp --mode=launch-bound
 * </pre>
 *
 * <p>{@code --mode=launch-bound}: tiny layers; each step the CPU builds the next batch, uploads it
 * with a blocking copy, and updates the weights in many tiny kernels, so the GPU mostly waits for
 * the CPU. {@code --mode=compute-bound}: large layers, few big GEMMs per step, the batch uploaded
 * once: the GPU is the critical resource. Without a usable CUDA GPU it prints one line on stderr
 * and exits with 2. {@code --cuda-timing=FILE} also times every GEMM and upload with CUDA events of
 * its own and writes the totals to FILE (for checking a profiler's device timing).
 */
public final class GpuMlp {
  static final int NO_GPU = 2;

  private GpuMlp() {}

  public static void main(String[] args) {
    MlpShape shape;
    try {
      shape = MlpShape.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("gpu-mlp: " + e.getMessage());
      System.exit(NO_GPU);
      return;
    }
    CudaDevice device;
    try {
      device = CudaDevice.open();
    } catch (CudaDevice.Unavailable e) {
      System.err.println("gpu-mlp: no usable CUDA GPU: " + e.getMessage());
      System.exit(NO_GPU);
      return;
    }
    CudaEventTiming timing =
        shape.cudaTimingFile() == null ? CudaEventTiming.NONE : new CudaEventTiming();
    try (MlpTraining training = new MlpTraining(device, shape, timing)) {
      long start = System.nanoTime();
      for (int step = 0; step < shape.steps(); step++) {
        training.step(step);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "gpu-mlp: mode=%s steps=%d %.3f s (%.2f ms/step) on %s%n",
          shape.mode(),
          shape.steps(),
          seconds,
          1e3 * seconds / shape.steps(),
          device.name());
    }
    if (shape.cudaTimingFile() != null) {
      try {
        timing.write(shape.cudaTimingFile());
      } catch (java.io.IOException e) {
        System.err.println("gpu-mlp: cannot write " + shape.cudaTimingFile() + ": " + e);
        System.exit(NO_GPU);
      }
    }
  }
}
