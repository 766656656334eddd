package io.serialscope.analyzer.jfr;

/**
 * The names of the JFR events the agent writes: the whole contract between agent and analyzer. The
 * agent declares the same names on its event classes ({@code io.serialscope.agent.bootstrap
 * .events}); the end-to-end tests fail when the two disagree.
 */
public final class EventNames {
  public static final String PREFIX = "serialscope.";
  public static final String TASK_START = PREFIX + "TaskStart";
  public static final String TASK_END = PREFIX + "TaskEnd";
  public static final String SPAWN = PREFIX + "Spawn";
  public static final String SIGNAL = PREFIX + "Signal";
  public static final String AWAIT = PREFIX + "Await";
  public static final String BLOCK_START = PREFIX + "BlockStart";
  public static final String BLOCK_END = PREFIX + "BlockEnd";
  public static final String AGENT_WORK = PREFIX + "AgentWork";
  public static final String UNPARK = PREFIX + "Unpark";
  public static final String SCHEDULER_LOOP = PREFIX + "SchedulerLoop";
  public static final String LABEL_ENTER = PREFIX + "LabelEnter";
  public static final String LABEL_EXIT = PREFIX + "LabelExit";
  public static final String ACQUIRE = PREFIX + "Acquire";
  public static final String PUT = PREFIX + "Put";
  public static final String TAKE = PREFIX + "Take";
  public static final String AGENT_INFO = PREFIX + "AgentInfo";
  public static final String COARSENING = PREFIX + "Coarsening";
  public static final String SKIPPED = PREFIX + "Skipped";
  public static final String HARDWARE = PREFIX + "Hardware";
  public static final String HARDWARE_SAMPLE = PREFIX + "HardwareSample";
  public static final String GPU_LAUNCH = PREFIX + "GpuLaunch";
  public static final String GPU_COPY = PREFIX + "GpuCopy";
  public static final String GPU_WORK = PREFIX + "GpuWork";
  public static final String GPU_SYNC = PREFIX + "GpuSync";
  public static final String GPU_STREAM_WAIT = PREFIX + "GpuStreamWait";
  public static final String GPU_CLOCK_ANCHOR = PREFIX + "GpuClockAnchor";
  public static final String GPU_TRACER_STATUS = PREFIX + "GpuTracerStatus";

  private EventNames() {}
}
