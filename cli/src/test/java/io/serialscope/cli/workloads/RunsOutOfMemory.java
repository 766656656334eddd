package io.serialscope.cli.workloads;

import java.util.ArrayList;
import java.util.List;

/** Does some work on a thread, then fills the heap until the JVM throws OutOfMemoryError. */
public final class RunsOutOfMemory {
  public static void main(String[] args) throws Exception {
    Thread t = new Thread(() -> Spin.millis(100));
    t.start();
    t.join();
    List<long[]> hoard = new ArrayList<>();
    while (true) {
      hoard.add(new long[1 << 16]);
    }
  }
}
