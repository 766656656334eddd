package io.serialscope.samples.gpu;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.nvrtc.JNvrtc.nvrtcCompileProgram;
import static jcuda.nvrtc.JNvrtc.nvrtcCreateProgram;
import static jcuda.nvrtc.JNvrtc.nvrtcDestroyProgram;
import static jcuda.nvrtc.JNvrtc.nvrtcGetPTX;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.nvrtc.JNvrtc;
import jcuda.nvrtc.nvrtcProgram;

/** The element-wise kernels, compiled at run time with NVRTC, and launching them. */
final class MlpKernels {
  private static final int BLOCK = 256;

  private static final String SOURCE =
      """
      extern "C" __global__ void bias_relu(float* h, const float* b, int rows, int n) {
        int i = blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n) { float v = h[i] + b[i % rows]; h[i] = v > 0.f ? v : 0.f; }
      }
      extern "C" __global__ void output_grad(float* z, const float* y, float scale, int n) {
        int i = blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n) { z[i] = (z[i] - y[i]) * scale; }
      }
      extern "C" __global__ void relu_grad(float* g, const float* h, int n) {
        int i = blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n && h[i] <= 0.f) { g[i] = 0.f; }
      }
      extern "C" __global__ void sgd(float* w, const float* g, float lr, int from, int to) {
        int i = from + blockIdx.x * blockDim.x + threadIdx.x;
        if (i < to) { w[i] -= lr * g[i]; }
      }
      """;

  private final CUfunction biasRelu = new CUfunction();
  private final CUfunction outputGrad = new CUfunction();
  private final CUfunction reluGrad = new CUfunction();
  private final CUfunction sgd = new CUfunction();

  MlpKernels() {
    JNvrtc.setExceptionsEnabled(true);
    nvrtcProgram program = new nvrtcProgram();
    nvrtcCreateProgram(program, SOURCE, "mlp.cu", 0, null, null);
    nvrtcCompileProgram(program, 0, null);
    String[] ptx = new String[1];
    nvrtcGetPTX(program, ptx);
    nvrtcDestroyProgram(program);
    CUmodule module = new CUmodule();
    cuModuleLoadData(module, ptx[0]);
    cuModuleGetFunction(biasRelu, module, "bias_relu");
    cuModuleGetFunction(outputGrad, module, "output_grad");
    cuModuleGetFunction(reluGrad, module, "relu_grad");
    cuModuleGetFunction(sgd, module, "sgd");
  }

  /** {@code h = max(0, h + b)}, b broadcast along the {@code rows} of a column-major matrix. */
  void biasRelu(CUdeviceptr h, CUdeviceptr b, int rows, int n) {
    launch(biasRelu, n, Pointer.to(h), Pointer.to(b), ints(rows), ints(n));
  }

  /** {@code z = (z - y) * scale}: the gradient of the mean squared error. */
  void outputGrad(CUdeviceptr z, CUdeviceptr y, float scale, int n) {
    launch(outputGrad, n, Pointer.to(z), Pointer.to(y), Pointer.to(new float[] {scale}), ints(n));
  }

  /** {@code g = 0} where the ReLU was off. */
  void reluGrad(CUdeviceptr g, CUdeviceptr h, int n) {
    launch(reluGrad, n, Pointer.to(g), Pointer.to(h), ints(n));
  }

  /** {@code w -= lr * g}, in launches of {@code chunk} elements each. */
  void sgd(CUdeviceptr w, CUdeviceptr g, float lr, int n, int chunk) {
    for (int from = 0; from < n; from += chunk) {
      int to = (int) Math.min(n, (long) from + chunk);
      launch(
          sgd,
          to - from,
          Pointer.to(w),
          Pointer.to(g),
          Pointer.to(new float[] {lr}),
          ints(from),
          ints(to));
    }
  }

  private static Pointer ints(int value) {
    return Pointer.to(new int[] {value});
  }

  private static void launch(CUfunction f, int n, Pointer... params) {
    int grid = (n + BLOCK - 1) / BLOCK;
    cuLaunchKernel(f, grid, 1, 1, BLOCK, 1, 1, 0, null, Pointer.to(params), null);
  }
}
