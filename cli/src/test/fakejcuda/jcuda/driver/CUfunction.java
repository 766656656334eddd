package jcuda.driver;

public class CUfunction extends jcuda.NativePointerObject {
  public CUfunction() {}
}
