package jcuda.driver;

public class CUdeviceptr extends jcuda.NativePointerObject {
  public CUdeviceptr() {}
}
