package fakegpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoHAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuStreamCreate;
import static jcuda.driver.JCudaDriver.cuStreamSynchronize;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstream;

/**
 * On the simulated device: a blocking 1 ms upload, a 50 ms kernel, then five 3 ms kernels queued
 * behind it on the same stream (launched with 0.2 ms of CPU work between them), a stream
 * synchronize, an async 0.5 ms download, a device synchronize.
 */
public final class SimulatedGpuProgram {
  public static void main(String[] args) {
    CUfunction head = new CUfunction();
    cuModuleGetFunction(head, new CUmodule(), "spin_50000us");
    CUfunction kernel = new CUfunction();
    cuModuleGetFunction(kernel, new CUmodule(), "spin_3000us");
    CUstream stream = new CUstream();
    cuStreamCreate(stream, 0);
    CUdeviceptr buffer = new CUdeviceptr();
    cuMemcpyHtoD(buffer, Pointer.to(new float[1]), 1_000_000);
    cuLaunchKernel(head, 1, 1, 1, 1, 1, 1, 0, stream, null, null);
    for (int i = 0; i < 5; i++) {
      spin(200_000);
      cuLaunchKernel(kernel, 1, 1, 1, 1, 1, 1, 0, stream, null, null);
    }
    cuStreamSynchronize(stream);
    cuMemcpyDtoHAsync(Pointer.to(new float[1]), buffer, 500_000, stream);
    cuCtxSynchronize();
    // the tracer reads device work back within milliseconds: give it time before the JVM exits
    spin(200_000_000);
    System.out.println("done");
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
