package jcuda.driver;

public class CUmodule extends jcuda.NativePointerObject {
  public CUmodule() {}
}
