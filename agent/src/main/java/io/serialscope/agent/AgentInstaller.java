package io.serialscope.agent;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import io.serialscope.agent.bootstrap.Hooks;
import io.serialscope.agent.bootstrap.events.AgentInfoEvent;
import io.serialscope.agent.bootstrap.events.SkippedEvent;
import io.serialscope.agent.instrumentation.CompletableFutureInstrumentation;
import io.serialscope.agent.instrumentation.CoordinationInstrumentation;
import io.serialscope.agent.instrumentation.CountedCompleterInstrumentation;
import io.serialscope.agent.instrumentation.ForkJoinPoolInstrumentation;
import io.serialscope.agent.instrumentation.ForkJoinTaskInstrumentation;
import io.serialscope.agent.instrumentation.FutureTaskInstrumentation;
import io.serialscope.agent.instrumentation.LabelInstrumentation;
import io.serialscope.agent.instrumentation.LockInstrumentation;
import io.serialscope.agent.instrumentation.LockSupportInstrumentation;
import io.serialscope.agent.instrumentation.MainMethodInstrumentation;
import io.serialscope.agent.instrumentation.QueueInstrumentation;
import io.serialscope.agent.instrumentation.ReadWriteLockInstrumentation;
import io.serialscope.agent.instrumentation.StampedLockInstrumentation;
import io.serialscope.agent.instrumentation.ThreadInstrumentation;
import io.serialscope.agent.instrumentation.ThreadPoolExecutorInstrumentation;
import io.serialscope.agent.instrumentation.TypeInstrumentation;
import io.serialscope.agent.instrumentation.VirtualThreadInstrumentation;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Loaded by the bootstrap class loader (see {@link SerialscopeAgent}): starts the recording, weaves
 * the advice, then enables the hooks. Called once per JVM; a second call is ignored.
 */
public final class AgentInstaller {
  private static final AtomicInteger INSTALLS = new AtomicInteger();
  static final String SAFE_MODE_PROPERTY = "io.serialscope.shaded.bytebuddy.safe";

  private AgentInstaller() {}

  public static void install(
      String optionText, Instrumentation inst, boolean atStartup, java.io.File agentJar)
      throws java.io.IOException {
    if (!atStartup) {
      AttachSession.handle(optionText, inst, agentJar);
      return;
    }
    if (INSTALLS.getAndIncrement() > 0) {
      System.err.println("serialscope: agent already installed; ignoring the second start");
      return;
    }
    AgentOptions options = AgentOptions.parse(optionText, ProcessHandle.current().pid());
    // Our Byte Buddy never injects classes: its safe mode keeps it off sun.misc.Unsafe, which
    // JDK 24+ warns about on the application's stderr. The name is the relocated one.
    if (System.getProperty(SAFE_MODE_PROPERTY) == null) {
      System.setProperty(SAFE_MODE_PROPERTY, "true");
    }
    StartUpTimes times = new StartUpTimes();
    Hooks.initialize(); // before JFR's threads and our transformer exist
    openJavaBaseToAgent(inst);
    io.serialscope.agent.instrumentation.Advices.readFrom(agentJar);
    times.mark("advice");
    addCompilerDirectives(options);
    times.mark("jit");
    jdk.jfr.Recording recording = RecordingControl.start(options.output(), options.maxSizeBytes());
    times.mark("recording");
    io.serialscope.agent.hardware.HardwareRecorder.start(
        recording, options.hwSampleMillis(), agentJar, inst, options.verbose());
    preloadTargets();
    AgentWarmUp.run();
    times.mark("warm-up");
    // Weaving last although it makes HotSpot discard the compilations in flight (JFR's start has
    // made the JDK's class writer hot): woven first, JFR's start-up and the hardware snapshot ran
    // into the program's first second instead of beside the weaving, competing with its threads for
    // the cores (GroundTruthTest's synchronized workload then measured 10 % off).
    AtomicInteger instrumented = new AtomicInteger();
    buildAgent(options, instrumented).installOn(inst);
    times.mark("weaving");
    io.serialscope.agent.bootstrap.ForkJoinHooks.mergeTasksBelow(options.coarsenMicros() * 1000);
    Hooks.enable();
    CoarseningReport.register();
    io.serialscope.agent.bootstrap.gpu.GpuHooks.noteClassPath();
    AgentInfoEvent info = new AgentInfoEvent();
    info.version = AgentInstaller.class.getPackage().getImplementationVersion();
    info.options = optionText == null ? "" : optionText;
    info.availableProcessors = Runtime.getRuntime().availableProcessors();
    info.instrumentedTypes = instrumented.get();
    info.commit();
    if (options.verbose()) {
      System.err.println(
          "serialscope: recording to "
              + options.output()
              + ", "
              + instrumented.get()
              + " types instrumented; started in "
              + times);
    }
    if (atStartup) {
      // last: the main thread's body (its work) starts when the agent hands it back
      try {
        Hooks.currentThreadBodyStarts();
      } catch (RuntimeException e) {
        Hooks.suppressed(e); // as the advice does: the program must not notice
      }
    }
  }

  /**
   * Before anything commits an event (the warm-up does) or is woven: see {@link
   * CompilerDirectives}. A JVM that refuses gets one line on stderr; the recording goes on.
   */
  static void addCompilerDirectives(AgentOptions options) {
    String refused = CompilerDirectives.add(options.c1EventWriters(), options.c1StartupCode());
    if (refused != null) {
      System.err.println(
          "serialscope: the JVM refused the agent's compiler directives ("
              + refused
              + "); the agent costs more compilation (eventCompilation=default and"
              + " startupCompilation=default silence this)");
    }
  }

  /**
   * Whether the agent was started with the JVM ({@code -javaagent}), which an attach must not
   * touch.
   */
  static boolean startedWithJvm() {
    return INSTALLS.get() > 0;
  }

  /**
   * Advice woven into java.base calls {@link Hooks}, which lives in the bootstrap loader's unnamed
   * module: java.base must read it, and TaskLabels reads private fields of java.util.concurrent.
   */
  static void openJavaBaseToAgent(Instrumentation inst) {
    Module agent = Hooks.class.getModule();
    Module javaBase = Object.class.getModule();
    inst.redefineModule(
        javaBase,
        Set.of(agent),
        Map.of(),
        Map.of("java.util.concurrent", Set.of(agent)),
        Set.of(),
        Map.of());
  }

  /**
   * Loads the JDK types we weave before weaving starts. A type first loaded while another type is
   * being transformed is silently left alone by Byte Buddy's circularity guard; loaded types are
   * retransformed reliably.
   */
  static void preloadTargets() {
    String[] targets = {
      "java.util.concurrent.ThreadPoolExecutor",
      "java.util.concurrent.FutureTask",
      "java.util.concurrent.ForkJoinTask",
      "java.util.concurrent.ForkJoinPool",
      "java.util.concurrent.ForkJoinPool$WorkQueue",
      "java.util.concurrent.CountedCompleter",
      "java.util.concurrent.CompletableFuture",
      "java.util.concurrent.CompletableFuture$AsyncSupply",
      "java.util.concurrent.CompletableFuture$AsyncRun",
      "java.util.concurrent.CompletableFuture$Completion",
      "java.util.concurrent.locks.LockSupport",
      "java.util.concurrent.ForkJoinWorkerThread",
      "java.util.concurrent.ScheduledThreadPoolExecutor",
      "java.util.concurrent.locks.ReentrantLock",
      "java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock",
      "java.util.concurrent.locks.ReentrantReadWriteLock$WriteLock",
      "java.util.concurrent.Semaphore",
      "java.util.concurrent.locks.StampedLock",
      "java.util.concurrent.CountDownLatch",
      "java.util.concurrent.CyclicBarrier",
      "java.util.concurrent.Phaser",
      "java.util.concurrent.Exchanger",
      "java.util.concurrent.ArrayBlockingQueue",
      "java.util.concurrent.LinkedBlockingQueue",
      "java.util.concurrent.LinkedBlockingDeque",
      "java.util.concurrent.PriorityBlockingQueue",
      "java.util.concurrent.DelayQueue",
      "java.util.concurrent.SynchronousQueue",
      "java.util.concurrent.LinkedTransferQueue",
      "java.util.concurrent.ConcurrentLinkedQueue",
      "java.util.concurrent.ConcurrentLinkedDeque",
      "java.lang.VirtualThread"
    };
    for (String name : targets) {
      try {
        Class.forName(name, false, null);
      } catch (ClassNotFoundException | LinkageError e) {
        // a JDK without this type: nothing to weave there
      }
    }
  }

  static List<TypeInstrumentation> instrumentations(AgentOptions options) {
    String unknownGroups = InstrumentationGroups.warning(options.disabled());
    if (unknownGroups != null) {
      System.err.println(unknownGroups);
    }
    Set<String> off = Set.copyOf(options.disabled());
    List<TypeInstrumentation> all = new ArrayList<>();
    addUnlessOff(
        all,
        off,
        InstrumentationGroups.THREADS,
        new ThreadInstrumentation(),
        new VirtualThreadInstrumentation());
    addUnlessOff(
        all,
        off,
        InstrumentationGroups.EXECUTORS,
        new ThreadPoolExecutorInstrumentation(),
        new FutureTaskInstrumentation());
    addUnlessOff(
        all,
        off,
        InstrumentationGroups.FORK_JOIN,
        new ForkJoinTaskInstrumentation(),
        new ForkJoinPoolInstrumentation(),
        new CountedCompleterInstrumentation());
    addUnlessOff(all, off, InstrumentationGroups.FUTURES, new CompletableFutureInstrumentation());
    addUnlessOff(all, off, InstrumentationGroups.PARK, new LockSupportInstrumentation());
    addUnlessOff(
        all,
        off,
        InstrumentationGroups.LOCKS,
        new LockInstrumentation(),
        new ReadWriteLockInstrumentation(),
        new StampedLockInstrumentation());
    addUnlessOff(all, off, InstrumentationGroups.COORDINATION, new CoordinationInstrumentation());
    addUnlessOff(all, off, InstrumentationGroups.QUEUES, new QueueInstrumentation());
    // JCuda is optional: these match by name and weave only when the application loads JCuda
    addUnlessOff(
        all,
        off,
        InstrumentationGroups.GPU,
        new io.serialscope.agent.instrumentation.JCudaDriverInstrumentation(),
        new io.serialscope.agent.instrumentation.JCudaRuntimeInstrumentation(),
        new io.serialscope.agent.instrumentation.JCublasInstrumentation(),
        new io.serialscope.agent.instrumentation.JCudaLibraryInstrumentation());
    for (String include : options.includes()) {
      all.add(new LabelInstrumentation(MethodPattern.parse(include)));
    }
    String mainClass = MainClassName.ofThisJvm();
    if (mainClass != null && !off.contains(InstrumentationGroups.MAIN)) {
      all.add(new MainMethodInstrumentation(mainClass));
    }
    return all;
  }

  private static void addUnlessOff(
      List<TypeInstrumentation> all,
      Set<String> off,
      String group,
      TypeInstrumentation... members) {
    if (!off.contains(group)) {
      all.addAll(List.of(members));
    }
  }

  static AgentBuilder buildAgent(AgentOptions options, AtomicInteger instrumented) {
    AgentBuilder builder =
        new AgentBuilder.Default()
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(new SkipListener(instrumented))
            .with(new AgentWorkListener())
            // Replaces Byte Buddy's defaults, which would skip every bootstrap class.
            .ignore(
                nameStartsWith("net.bytebuddy.")
                    .or(nameStartsWith("io.serialscope.agent."))
                    .or(nameStartsWith("io.serialscope.shaded."))
                    .or(nameStartsWith("jdk.jfr."))
                    .or(nameStartsWith("jdk.internal.reflect."))
                    .or(nameStartsWith("java.lang.invoke."))
                    .or(isSynthetic()));
    for (TypeInstrumentation ti : instrumentations(options)) {
      builder =
          builder
              .type(ti.types())
              .transform(
                  (DynamicType.Builder<?> b,
                      TypeDescription type,
                      ClassLoader loader,
                      JavaModule module,
                      java.security.ProtectionDomain pd) -> ti.apply(b));
    }
    return builder;
  }

  /** Counts woven types and records every type that could not be woven. */
  private static final class SkipListener extends AgentBuilder.Listener.Adapter {
    private final AtomicInteger instrumented;

    SkipListener(AtomicInteger instrumented) {
      this.instrumented = instrumented;
    }

    @Override
    public void onTransformation(
        TypeDescription type,
        ClassLoader loader,
        JavaModule module,
        boolean loaded,
        DynamicType dynamicType) {
      instrumented.incrementAndGet();
    }

    @Override
    public void onError(
        String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
      SkippedEvent e = new SkippedEvent();
      e.typeName = typeName;
      e.reason = String.valueOf(error);
      e.commit();
    }
  }
}
