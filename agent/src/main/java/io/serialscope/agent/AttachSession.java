package io.serialscope.agent;

import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.AgentInfoEvent;
import io.serialscope.agent.instrumentation.Advices;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * The agent loaded into a running JVM through the Attach API. Every {@code loadAgent} runs {@code
 * agentmain} again; this class (loaded once, by the bootstrap loader) keeps the session between
 * those calls. {@code start} weaves the advice into the loaded classes and starts a JFR recording;
 * {@code stop} switches the hooks off, writes the recording, closes it and takes the advice out
 * again, so the JVM runs its original code as before the attach; {@code status} tells which of the
 * two it is. The answer goes to the {@code reply} file as properties: {@code state} (recording,
 * stopped, idle, startup (the agent runs from the JVM's start: attach leaves it alone) or error),
 * {@code output}, {@code since}, {@code already} (a start found a session running), {@code
 * message}, {@code types}, {@code adviceRemoved}.
 *
 * <p>The agent starts no thread of its own. If the JVM exits while recording, JFR's dump on exit
 * writes the file.
 */
final class AttachSession {
  private static final String STARTED_WITH_JVM =
      "serialscope records this JVM since it started (-javaagent); that recording is written when"
          + " the JVM exits, and attach leaves it alone";

  /** The running session, or null; guarded by the class lock. */
  private static Session current;

  private static boolean safeModeSetHere;
  private static boolean prepared;

  private AttachSession() {}

  private record Session(
      Path output,
      Recording recording,
      ResettableClassFileTransformer transformer,
      Runnable coarseningHook,
      Instant since) {}

  static void handle(String optionText, Instrumentation inst, File agentJar) {
    AttachRequest request = AttachRequest.parse(optionText);
    Properties reply;
    try {
      if (request.problem() != null) {
        reply = error(request.problem());
      } else {
        synchronized (AttachSession.class) {
          reply =
              switch (request.command()) {
                case START -> start(request.agentOptionText(), inst, agentJar);
                case STOP -> stop(inst);
                case STATUS -> status();
              };
        }
      }
    } catch (Throwable t) {
      reply = error(String.valueOf(t));
    }
    answer(request.reply(), reply);
  }

  private static Properties start(String optionText, Instrumentation inst, File agentJar)
      throws IOException {
    if (AgentInstaller.startedWithJvm()) {
      return error(STARTED_WITH_JVM);
    }
    if (current != null) {
      Properties p = describe(current, "recording");
      p.setProperty("already", "true");
      return p;
    }
    AgentOptions options = AgentOptions.parse(optionText, ProcessHandle.current().pid());
    prepareOnce(inst, agentJar);
    if (System.getProperty(AgentInstaller.SAFE_MODE_PROPERTY) == null) {
      System.setProperty(AgentInstaller.SAFE_MODE_PROPERTY, "true");
      safeModeSetHere = true;
    }
    Hooks.initialize(); // before our transformer can reach it from the application's threads
    AgentInstaller.addCompilerDirectives(options);
    // an earlier run's file must not pass for this one if the JVM dies before writing it
    Files.deleteIfExists(options.output());
    Recording recording = RecordingControl.start(options.output(), options.maxSizeBytes());
    ResettableClassFileTransformer transformer = null;
    Runnable coarsening = null;
    try {
      AgentInstaller.preloadTargets();
      AgentWarmUp.run();
      AtomicInteger instrumented = new AtomicInteger();
      transformer = AgentInstaller.buildAgent(options, instrumented).installOn(inst);
      io.serialscope.agent.bootstrap.ForkJoinHooks.mergeTasksBelow(options.coarsenMicros() * 1000);
      Hooks.enable();
      coarsening = CoarseningReport.register();
      commitAgentInfo(optionText, instrumented.get());
      current = new Session(options.output(), recording, transformer, coarsening, Instant.now());
      Properties p = describe(current, "recording");
      p.setProperty("types", Integer.toString(instrumented.get()));
      return p;
    } catch (RuntimeException | Error e) {
      // leave nothing half started behind
      undo(new Session(options.output(), recording, transformer, coarsening, Instant.now()), inst);
      throw e;
    }
  }

  /** Opens java.base to the hooks and reads the advice bytes: once per JVM, from the first jar. */
  private static void prepareOnce(Instrumentation inst, File agentJar) throws IOException {
    if (!prepared) {
      AgentInstaller.openJavaBaseToAgent(inst);
      Advices.readFrom(agentJar);
      prepared = true;
    }
  }

  private static void commitAgentInfo(String optionText, int instrumentedTypes) {
    AgentInfoEvent info = new AgentInfoEvent();
    info.version = AgentInstaller.class.getPackage().getImplementationVersion();
    info.options = optionText;
    info.availableProcessors = Runtime.getRuntime().availableProcessors();
    info.instrumentedTypes = instrumentedTypes;
    info.commit();
  }

  /**
   * Hooks off first, so that nothing is recorded while the rest is undone; the recording stops
   * while the coarsening hook is still registered, so its last event lands in the file; the advice
   * goes last (retransformation takes longest and no longer matters to the recording).
   */
  private static Properties stop(Instrumentation inst) {
    if (AgentInstaller.startedWithJvm()) {
      return error(STARTED_WITH_JVM);
    }
    if (current == null) {
      return state("idle");
    }
    Session session = current;
    current = null;
    Properties p = describe(session, "stopped");
    p.setProperty("adviceRemoved", Boolean.toString(undo(session, inst)));
    return p;
  }

  /** Returns whether the advice was taken out of the woven classes. */
  private static boolean undo(Session session, Instrumentation inst) {
    Hooks.disable();
    boolean restored = false;
    try {
      session.recording().stop();
    } finally {
      if (session.coarseningHook() != null) {
        CoarseningReport.unregister(session.coarseningHook());
      }
      session.recording().close();
      if (session.transformer() != null) {
        restored =
            session.transformer().reset(inst, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
      }
      if (safeModeSetHere) {
        System.clearProperty(AgentInstaller.SAFE_MODE_PROPERTY);
        safeModeSetHere = false;
      }
    }
    return restored;
  }

  private static Properties status() {
    if (AgentInstaller.startedWithJvm()) {
      Properties p = state("startup");
      p.setProperty("message", STARTED_WITH_JVM);
      return p;
    }
    return current == null ? state("idle") : describe(current, "recording");
  }

  private static Properties describe(Session session, String state) {
    Properties p = state(state);
    p.setProperty("output", session.output().toString());
    p.setProperty("since", session.since().toString());
    return p;
  }

  private static Properties state(String state) {
    Properties p = new Properties();
    p.setProperty("state", state);
    return p;
  }

  private static Properties error(String message) {
    Properties p = state("error");
    p.setProperty("message", message);
    return p;
  }

  /** Writes the answer for the CLI; without a reply file only a problem is worth a line. */
  private static void answer(Path replyFile, Properties reply) {
    if (replyFile == null) {
      if ("error".equals(reply.getProperty("state"))) {
        System.err.println("serialscope: " + reply.getProperty("message"));
      }
      return;
    }
    try (OutputStream out = Files.newOutputStream(replyFile)) {
      reply.store(out, null);
    } catch (IOException | RuntimeException e) {
      System.err.println("serialscope: cannot write the reply to " + replyFile + ": " + e);
    }
  }
}
