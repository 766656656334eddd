package jcuda.runtime;

public class cudaStream_t extends jcuda.NativePointerObject {
  public cudaStream_t() {}
}
