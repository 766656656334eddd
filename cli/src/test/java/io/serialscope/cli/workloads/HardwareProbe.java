package io.serialscope.cli.workloads;

/**
 * Works on two threads for a while (so the agent takes load samples), waits for the agent's
 * hardware thread, says whether OSHI or JNA are visible to the application (they must not be: the
 * agent keeps its copies to itself), prints a fixed result and exits with code 7, so a test can
 * compare output and exit code with and without the agent.
 */
public final class HardwareProbe {
  public static void main(String[] args) throws Exception {
    Thread t = new Thread(() -> Spin.millis(400));
    t.start();
    Spin.millis(400);
    t.join();
    awaitAgentHardwareThread();
    System.out.println("oshi visible: " + visible("oshi.SystemInfo"));
    System.out.println("jna visible: " + visible("com.sun.jna.Native"));
    System.out.println("computed 42");
    System.exit(7);
  }

  /**
   * The agent loads OSHI on its thread {@code serialscope-hardware}; a program that exits sooner is
   * recorded with the JDK's facts only. Waiting for it makes the test independent of how loaded the
   * machine is. Without the agent there is no such thread.
   */
  private static void awaitAgentHardwareThread() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("serialscope-hardware")) {
        thread.join(60_000);
      }
    }
  }

  private static boolean visible(String className) {
    try {
      Class.forName(className, false, ClassLoader.getSystemClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
