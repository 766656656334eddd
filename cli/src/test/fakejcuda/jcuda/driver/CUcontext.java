package jcuda.driver;

public class CUcontext extends jcuda.NativePointerObject {
  public CUcontext() {}
}
