package jcuda;

/** Test double of JCuda's handle base class: a handle is a number, assigned when created. */
public abstract class NativePointerObject {
  private static long next = 1;
  private long pointer;

  protected NativePointerObject() {}

  protected long getNativePointer() {
    return pointer;
  }

  /** Gives {@code handle} a fresh pointer (what the real native create calls do). */
  public static synchronized long assign(NativePointerObject handle) {
    handle.pointer = next++;
    return handle.pointer;
  }

  /** Makes {@code handle} refer to the existing {@code pointer} (what the native getters do). */
  public static void adopt(NativePointerObject handle, long pointer) {
    handle.pointer = pointer;
  }

  public static long pointerOf(NativePointerObject handle) {
    return handle == null ? 0 : handle.pointer;
  }

  protected static void copy(NativePointerObject to, NativePointerObject from) {
    to.pointer = from.pointer;
  }
}
