package io.serialscope.cli;

/**
 * The Attach API is the JDK module jdk.attach: present in a JDK, absent from a JRE or a jlinked
 * runtime. Checked before any class that refers to it is loaded, so its absence is one sentence,
 * not a NoClassDefFoundError.
 */
final class AttachApi {
  private AttachApi() {}

  static void require() throws BaseCommand.UserError {
    if (ModuleLayer.boot().findModule("jdk.attach").isEmpty()) {
      throw new BaseCommand.UserError(
          "attaching needs a JDK (module jdk.attach), and "
              + System.getProperty("java.home")
              + " has none; run serialscope with a JDK's java (set JAVA_HOME)");
    }
  }
}
