package io.serialscope.samples.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.jcublas.JCublas2.cublasCreate;
import static jcuda.jcublas.JCublas2.cublasDestroy;
import static jcuda.jcublas.JCublas2.cublasSgemm;
import static jcuda.jcublas.cublasOperation.CUBLAS_OP_N;
import static jcuda.jcublas.cublasOperation.CUBLAS_OP_T;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.jcublas.JCublas2;
import jcuda.jcublas.cublasHandle;

/**
 * One hidden layer, ReLU, squared error, plain SGD; matrices column-major as cuBLAS wants them, one
 * sample per column. Forward: {@code H = relu(W1 X + b1)}, {@code Z = W2 H}; backward: {@code dZ =
 * (Z - Y) / batch}, {@code dW2 = dZ Hᵀ}, {@code dH = (W2ᵀ dZ) ∘ relu'(H)}, {@code dW1 = dH Xᵀ};
 * then {@code W -= lr dW}. Each step ends with a context synchronize.
 */
final class MlpTraining implements AutoCloseable {
  private static final float LEARNING_RATE = 0.01f;

  private final MlpShape shape;
  private final MlpKernels kernels = new MlpKernels();
  private final cublasHandle blas = new cublasHandle();
  private final List<CUdeviceptr> allocations = new ArrayList<>();
  private final CUdeviceptr x;
  private final CUdeviceptr y;
  private final CUdeviceptr w1;
  private final CUdeviceptr b1;
  private final CUdeviceptr w2;
  private final CUdeviceptr h;
  private final CUdeviceptr z;
  private final CUdeviceptr dw1;
  private final CUdeviceptr dw2;
  private final CUdeviceptr dh;
  private final SplittableRandom random = new SplittableRandom(42);
  private final float[] hostX;
  private final float[] hostY;
  private final CudaEventTiming timing;

  MlpTraining(CudaDevice device, MlpShape shape, CudaEventTiming timing) {
    this.shape = shape;
    this.timing = timing;
    JCublas2.setExceptionsEnabled(true);
    cublasCreate(blas);
    int b = shape.batch();
    x = alloc(shape.inputs() * b);
    y = alloc(shape.outputs() * b);
    w1 = alloc(shape.hidden() * shape.inputs());
    b1 = alloc(shape.hidden());
    w2 = alloc(shape.outputs() * shape.hidden());
    h = alloc(shape.hidden() * b);
    z = alloc(shape.outputs() * b);
    dw1 = alloc(shape.hidden() * shape.inputs());
    dw2 = alloc(shape.outputs() * shape.hidden());
    dh = alloc(shape.hidden() * b);
    upload(w1, randomValues(shape.hidden() * shape.inputs(), 0.05f));
    upload(b1, randomValues(shape.hidden(), 0.01f));
    upload(w2, randomValues(shape.outputs() * shape.hidden(), 0.05f));
    hostX = new float[shape.inputs() * b];
    hostY = new float[shape.outputs() * b];
    nextBatch();
    cuCtxSynchronize();
  }

  void step(int step) {
    if (shape.freshBatchEachStep() && step > 0) {
      nextBatch(); // CPU work the GPU waits for: nothing else is enqueued meanwhile
    }
    int b = shape.batch();
    int in = shape.inputs();
    int hid = shape.hidden();
    int out = shape.outputs();
    gemm(CUBLAS_OP_N, CUBLAS_OP_N, hid, b, in, w1, hid, x, in, h, hid);
    kernels.biasRelu(h, b1, hid, hid * b);
    gemm(CUBLAS_OP_N, CUBLAS_OP_N, out, b, hid, w2, out, h, hid, z, out);
    kernels.outputGrad(z, y, 1f / b, out * b);
    gemm(CUBLAS_OP_N, CUBLAS_OP_T, out, hid, b, z, out, h, hid, dw2, out);
    gemm(CUBLAS_OP_T, CUBLAS_OP_N, hid, b, out, w2, out, z, out, dh, hid);
    kernels.reluGrad(dh, h, hid * b);
    gemm(CUBLAS_OP_N, CUBLAS_OP_T, hid, in, b, dh, hid, x, in, dw1, hid);
    kernels.sgd(w1, dw1, LEARNING_RATE, hid * in, shape.updateChunk());
    kernels.sgd(w2, dw2, LEARNING_RATE, out * hid, shape.updateChunk());
    cuCtxSynchronize();
  }

  /** A synthetic batch built on the CPU: targets are a fixed function of the inputs. */
  private void nextBatch() {
    for (int i = 0; i < hostX.length; i++) {
      hostX[i] = (float) random.nextGaussian();
    }
    int in = shape.inputs();
    for (int s = 0; s < shape.batch(); s++) {
      for (int o = 0; o < shape.outputs(); o++) {
        float sum = 0;
        for (int i = o; i < in; i += shape.outputs()) {
          sum += hostX[s * in + i];
        }
        hostY[s * shape.outputs() + o] = (float) Math.tanh(sum);
      }
    }
    upload(x, hostX);
    upload(y, hostY);
  }

  /** {@code C = op(A) op(B)}, all column-major. */
  private void gemm(
      int opA,
      int opB,
      int m,
      int n,
      int k,
      CUdeviceptr a,
      int lda,
      CUdeviceptr bMatrix,
      int ldb,
      CUdeviceptr c,
      int ldc) {
    Pointer one = Pointer.to(new float[] {1f});
    Pointer zero = Pointer.to(new float[] {0f});
    timing.time(
        "cublasSgemm",
        () -> cublasSgemm(blas, opA, opB, m, n, k, one, a, lda, bMatrix, ldb, zero, c, ldc));
  }

  private float[] randomValues(int n, float scale) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextGaussian() * scale;
    }
    return values;
  }

  private CUdeviceptr alloc(int floats) {
    CUdeviceptr p = new CUdeviceptr();
    cuMemAlloc(p, (long) floats * Sizeof.FLOAT);
    allocations.add(p);
    return p;
  }

  private void upload(CUdeviceptr target, float[] values) {
    timing.time(
        "H2D", () -> cuMemcpyHtoD(target, Pointer.to(values), (long) values.length * Sizeof.FLOAT));
  }

  @Override
  public void close() {
    cublasDestroy(blas);
    for (CUdeviceptr p : allocations) {
      cuMemFree(p);
    }
  }
}
