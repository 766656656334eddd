package io.serialscope.samples.gpu;

import static jcuda.driver.JCudaDriver.cuCtxCreate;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuInit;

import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.JCudaDriver;

/** Device 0 with a context current on the calling thread, or one sentence saying why not. */
final class CudaDevice {
  /** No usable GPU; the message is one line. */
  static final class Unavailable extends Exception {
    Unavailable(String message) {
      super(message);
    }
  }

  private final String name;

  private CudaDevice(String name) {
    this.name = name;
  }

  static CudaDevice open() throws Unavailable {
    try {
      JCudaDriver.setExceptionsEnabled(true);
      cuInit(0);
      int[] count = new int[1];
      cuDeviceGetCount(count);
      if (count[0] == 0) {
        throw new Unavailable("the CUDA driver sees no device");
      }
      CUdevice device = new CUdevice();
      cuDeviceGet(device, 0);
      byte[] name = new byte[256];
      cuDeviceGetName(name, name.length, device);
      cuCtxCreate(new CUcontext(), 0, device);
      return new CudaDevice(new String(name, java.nio.charset.StandardCharsets.US_ASCII).trim());
    } catch (Unavailable e) {
      throw e;
    } catch (Throwable t) {
      // JCuda's native-library error spans many lines; its first line says what failed
      String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
      throw new Unavailable(t.getClass().getSimpleName() + ": " + message);
    }
  }

  String name() {
    return name.replace("\0", "");
  }
}
