package jcuda.driver;

public class CUevent extends jcuda.NativePointerObject {
  public CUevent() {}
}
