package io.serialscope.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A running local JVM reached through the Attach API (module jdk.attach, present in every JDK).
 * Commands go to the agent as a {@code loadAgent} call: the agent's {@code agentmain} runs in the
 * target before {@code loadAgent} returns and writes its answer to a reply file. Every failure
 * becomes a {@link BaseCommand.UserError} of one sentence.
 */
final class TargetJvm {
  private final long pid;
  private final ProcessHandle process;

  private TargetJvm(long pid, ProcessHandle process) {
    this.pid = pid;
    this.process = process;
  }

  long pid() {
    return pid;
  }

  ProcessHandle process() {
    return process;
  }

  /**
   * Finds the JVM, refusing early what cannot work: a pid that is not running, serialscope itself,
   * another user's process, a process that is not a JVM (attaching to one would wait 10 s).
   */
  static TargetJvm find(long pid) throws BaseCommand.UserError {
    ProcessHandle process =
        ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .orElseThrow(
                () -> new BaseCommand.UserError("no process with pid " + pid + " is running"));
    if (pid == ProcessHandle.current().pid()) {
      throw new BaseCommand.UserError("pid " + pid + " is serialscope itself");
    }
    Optional<String> owner = process.info().user();
    Optional<String> me = ProcessHandle.current().info().user();
    if (owner.isPresent() && me.isPresent() && !owner.equals(me) && !"root".equals(me.get())) {
      throw new BaseCommand.UserError(
          "pid "
              + pid
              + " belongs to user "
              + owner.get()
              + "; the Attach API reaches only JVMs of the same user (run serialscope as "
              + owner.get()
              + ")");
    }
    if (!isListedJvm(pid) && NativeProcess.isCertainlyNotJvm(pid)) {
      throw new BaseCommand.UserError(
          "pid "
              + pid
              + " ("
              + process.info().command().orElse("unknown command")
              + ") is not a Java virtual machine");
    }
    return new TargetJvm(pid, process);
  }

  /** A local JVM as the JDK's jps finds it: its id (the pid) and its main class and arguments. */
  record Listed(String id, String displayName) {}

  /** The local JVMs this user can see. */
  static List<Listed> list() {
    return VirtualMachine.list().stream().map(d -> new Listed(d.id(), d.displayName())).toList();
  }

  private static boolean isListedJvm(long pid) {
    String id = Long.toString(pid);
    return VirtualMachine.list().stream().anyMatch(d -> d.id().equals(id));
  }

  /**
   * Loads the agent with {@code options} plus a reply file, and returns the agent's answer. The
   * agent jar is loaded again for each command; the agent finds its running session itself.
   */
  AgentReply send(Path agentJar, String options) throws BaseCommand.UserError {
    Path reply = null;
    VirtualMachine vm = null;
    try {
      reply = Files.createTempFile("serialscope-reply-", ".properties");
      vm = VirtualMachine.attach(Long.toString(pid));
      requireJava17(vm);
      vm.loadAgent(agentJar.toString(), options + ",reply=" + reply);
      AgentReply answer = AgentReply.read(reply);
      if (answer == null) {
        throw new BaseCommand.UserError(
            "the agent did not start in pid " + pid + " (its stderr says why)");
      }
      return answer;
    } catch (AttachNotSupportedException e) {
      throw new BaseCommand.UserError(describeAttachRefusal(e), e);
    } catch (AgentLoadException | AgentInitializationException e) {
      throw new BaseCommand.UserError(describeLoadFailure(e), e);
    } catch (IOException e) {
      throw new BaseCommand.UserError(describeIoFailure(e), e);
    } finally {
      detachQuietly(vm);
      deleteQuietly(reply);
    }
  }

  private void requireJava17(VirtualMachine vm) throws IOException, BaseCommand.UserError {
    String spec = vm.getSystemProperties().getProperty("java.specification.version", "");
    if (spec.startsWith("1.") || (spec.matches("\\d+") && Integer.parseInt(spec) < 17)) {
      throw new BaseCommand.UserError(
          "pid " + pid + " runs Java " + spec + "; the agent needs Java 17 or newer");
    }
  }

  private String describeAttachRefusal(AttachNotSupportedException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("does not support the attach mechanism")) {
      return "pid "
          + pid
          + " does not accept attaching (it was started with -XX:+DisableAttachMechanism)";
    }
    if (message.contains("HotSpot VM not loaded") || message.contains("doesn't respond")) {
      return "pid "
          + pid
          + " ("
          + process.info().command().orElse("unknown command")
          + ") did not answer the attach request: it is not a Java virtual machine, or not a"
          + " HotSpot one";
    }
    return "cannot attach to pid " + pid + ": " + message;
  }

  private String describeLoadFailure(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(Locale.ROOT).contains("dynamic agent loading")) {
      return "pid "
          + pid
          + " does not allow loading agents (-XX:-EnableDynamicAgentLoading); start it with"
          + " -XX:+EnableDynamicAgentLoading";
    }
    return "the agent could not be loaded into pid " + pid + ": " + message;
  }

  private String describeIoFailure(IOException e) {
    if (!process.isAlive()) {
      return "pid " + pid + " exited";
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("Permission denied") || message.contains("Operation not permitted")) {
      return "not allowed to attach to pid "
          + pid
          + " ("
          + message
          + "); attach as the user that runs it";
    }
    return "cannot talk to pid " + pid + ": " + message;
  }

  private static void detachQuietly(VirtualMachine vm) {
    if (vm != null) {
      try {
        vm.detach();
      } catch (IOException e) {
        // the target is gone or closed the connection: nothing left to release
      }
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file of a few bytes
      }
    }
  }
}
