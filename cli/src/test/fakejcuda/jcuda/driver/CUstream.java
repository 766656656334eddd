package jcuda.driver;

public class CUstream extends jcuda.NativePointerObject {
  public CUstream() {}

  public CUstream(jcuda.runtime.cudaStream_t stream) {
    copy(this, stream);
  }
}
