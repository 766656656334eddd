package io.serialscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A recording of a fixed duration, which the target may cut short by exiting. */
final class TimedRecording {
  private final TargetJvm target;
  private final Path agent;
  private final BaseCommand cmd;

  TimedRecording(TargetJvm target, Path agent, BaseCommand cmd) {
    this.target = target;
    this.agent = agent;
    this.cmd = cmd;
  }

  int recordFor(Duration duration, Path recording, Path outDir) throws BaseCommand.UserError {
    cmd.out()
        .printf(
            "serialscope: recording pid %d for %s%n",
            target.pid(), Durations.format(duration.toNanos()));
    cmd.out().flush();
    // Ctrl-C while waiting must not leave the target recording with the advice woven in.
    Thread stopOnInterrupt = new Thread(this::stopQuietly, "serialscope-stop-on-exit");
    Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
    boolean exited;
    try {
      exited = waitForExit(duration);
    } finally {
      removeHook(stopOnInterrupt);
    }
    if (!exited) {
      try {
        AgentReply stopped = target.send(agent, "command=stop");
        if (!stopped.is("stopped")) {
          throw new BaseCommand.UserError(
              "the recording in pid " + target.pid() + " was gone (" + stopped.state() + ")");
        }
        AnalysisOutput.analyzeAndWrite(stopped.output(), outDir, cmd.out());
        return BaseCommand.EXIT_OK;
      } catch (BaseCommand.UserError e) {
        if (target.process().isAlive()) {
          throw e;
        }
        // it exited just as the duration ended: what JFR wrote at exit is analyzed below
      }
    }
    return analyzeAfterExit(recording, outDir);
  }

  private boolean waitForExit(Duration duration) throws BaseCommand.UserError {
    try {
      target.process().onExit().get(duration.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !target.process().isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false; // stop now, as if the duration had ended
    }
  }

  /** The agent's recording is dumped by JFR when the target exits: keep what it holds. */
  private int analyzeAfterExit(Path recording, Path outDir) throws BaseCommand.UserError {
    if (!isNonEmptyFile(recording)) {
      throw new BaseCommand.UserError(
          "pid "
              + target.pid()
              + " exited during the recording and left no recording (killed before JFR could"
              + " write it?)");
    }
    AnalysisOutput.analyzeAndWrite(recording, outDir, cmd.out());
    cmd.err()
        .println(
            "serialscope: pid "
                + target.pid()
                + " exited during the recording; the reports cover what was recorded until then");
    return BaseCommand.EXIT_BAD_INPUT;
  }

  private void stopQuietly() {
    try {
      if (target.process().isAlive()) {
        target.send(agent, "command=stop");
        System.err.println(
            "serialscope: interrupted; the recording in pid " + target.pid() + " is stopped");
      }
    } catch (BaseCommand.UserError | RuntimeException e) {
      System.err.println("serialscope: interrupted; could not stop the recording: " + e);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the CLI is already shutting down: the hook runs
    }
  }

  private static boolean isNonEmptyFile(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
