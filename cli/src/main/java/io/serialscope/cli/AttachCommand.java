package io.serialscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Profiles a JVM that already runs: loads the agent through the Attach API, records, takes the
 * agent's advice out again and analyzes. Each step is one command to the agent in the target (see
 * {@link TargetJvm}).
 */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    description = {
      "Record a running JVM for a while, leave it as it was, and analyze the recording.",
      "Example: serialscope attach 12345 --duration 30s --out out",
      "         serialscope attach 12345 --start   ...   serialscope attach 12345 --stop",
      "Find pids with 'serialscope list'."
    })
final class AttachCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "PID", description = "The JVM's process id.")
  String pidText;

  @Option(
      names = "--duration",
      paramLabel = "D",
      defaultValue = "30s",
      converter = RecordingDuration.class,
      description = "How long to record: 500ms, 30s, 2m, 1h (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--start", description = "Start recording and return; stop with --stop.")
  boolean start;

  @Option(names = "--stop", description = "Stop the recording started by --start and analyze it.")
  boolean stop;

  @Option(names = "--status", description = "Say whether serialscope records the JVM now.")
  boolean status;

  @Option(
      names = "--agent-opts",
      paramLabel = "K=V,...",
      description = "Extra agent options, e.g. include=com.acme.model.*")
  String agentOptions;

  @CommandLine.Mixin OutputDirectory outDir;

  @Override
  int execute() throws UserError {
    if ((start ? 1 : 0) + (stop ? 1 : 0) + (status ? 1 : 0) > 1) {
      throw new UserError("choose one of --start, --stop and --status");
    }
    long pid = parsePid();
    refuseReservedAgentOptions();
    AttachApi.require();
    TargetJvm target = TargetJvm.find(pid);
    Path agent = EmbeddedJars.extract(EmbeddedJars.AGENT);
    if (status) {
      return printStatus(target, target.send(agent, "command=status"));
    }
    if (stop) {
      return stopAndAnalyze(target, agent);
    }
    Path recording = prepareRecording();
    AgentReply started = target.send(agent, startOptions(recording));
    if (started.is("error")) {
      throw new UserError("pid " + target.pid() + ": " + started.message());
    }
    if (start) {
      return reportStarted(target, started);
    }
    if (started.alreadyRecording()) {
      throw new UserError(
          "serialscope already records pid "
              + target.pid()
              + " (to "
              + started.output()
              + ", since "
              + started.since()
              + "); stop that with 'serialscope attach "
              + target.pid()
              + " --stop'");
    }
    return new TimedRecording(target, agent, this).recordFor(duration, recording, outDir.path);
  }

  private long parsePid() throws UserError {
    try {
      long pid = Long.parseLong(pidText.trim());
      if (pid > 0) {
        return pid;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new UserError("'" + pidText + "' is not a process id (see 'serialscope list')");
  }

  /** The recording's place and the control options are attach's own: --out decides the file. */
  private void refuseReservedAgentOptions() throws UserError {
    if (agentOptions == null) {
      return;
    }
    for (String pair : agentOptions.split(",")) {
      String key = pair.split("=", 2)[0].trim();
      if (key.equals("output") || key.equals("command") || key.equals("reply")) {
        throw new UserError(
            "--agent-opts must not set '" + key + "' here; attach chooses it (use --out DIR)");
      }
    }
  }

  private Path prepareRecording() throws UserError {
    Path recording = outDir.path.toAbsolutePath().resolve("recording.jfr");
    if (recording.toString().contains(",")) {
      throw new UserError("the output folder must not contain ',': " + outDir.path);
    }
    try {
      // the agent replaces the file when it starts; a running session's file is not touched
      Files.createDirectories(recording.getParent());
    } catch (IOException e) {
      throw new UserError("cannot prepare " + outDir.path + ": " + e.getMessage(), e);
    }
    return recording;
  }

  private String startOptions(Path recording) {
    return "command=start,output="
        + recording
        + (agentOptions == null || agentOptions.isBlank() ? "" : "," + agentOptions);
  }

  private int reportStarted(TargetJvm target, AgentReply started) {
    out()
        .printf(
            "serialscope: %s pid %d to %s since %s%n",
            started.alreadyRecording() ? "already recording" : "recording",
            target.pid(),
            started.output(),
            started.since());
    out()
        .printf("stop it with: serialscope attach %d --stop --out %s%n", target.pid(), outDir.path);
    out().flush();
    return EXIT_OK;
  }

  private int printStatus(TargetJvm target, AgentReply reply) throws UserError {
    if (reply.is("recording")) {
      out()
          .printf(
              "pid %d: recording to %s since %s%n", target.pid(), reply.output(), reply.since());
    } else if (reply.is("idle")) {
      out().printf("pid %d: not recording%n", target.pid());
    } else if (reply.is("startup")) {
      out().printf("pid %d: %s%n", target.pid(), reply.message());
    } else {
      throw new UserError("pid " + target.pid() + ": " + reply.message());
    }
    out().flush();
    return EXIT_OK;
  }

  private int stopAndAnalyze(TargetJvm target, Path agent) throws UserError {
    AgentReply stopped = target.send(agent, "command=stop");
    if (stopped.is("idle")) {
      throw new UserError(
          "serialscope is not recording pid "
              + target.pid()
              + " (start with 'serialscope attach "
              + target.pid()
              + " --start')");
    }
    if (!stopped.is("stopped")) {
      throw new UserError("pid " + target.pid() + ": " + stopped.message());
    }
    AnalysisOutput.analyzeAndWrite(stopped.output(), outDir.path, out());
    return EXIT_OK;
  }
}
