package io.serialscope.analyzer.jfr;

import io.serialscope.analyzer.jfr.format.FieldName;

/** Every event field the analyzer reads, by its name in the recording. */
enum RecordedField implements FieldName {
  EVENT_THREAD("eventThread"),
  THREAD("thread"),
  SAMPLED_THREAD("sampledThread"),
  PREVIOUS_OWNER("previousOwner"),
  NOTIFIER("notifier"),
  TASK_ID("taskId"),
  OBJECT_ID("objectId"),
  TARGET_THREAD_ID("targetThreadId"),
  LABEL("label"),
  REASON("reason"),
  CPU_NANOS("cpuNanos"),
  CPU_START_NANOS("cpuStartNanos"),
  CPU_END_NANOS("cpuEndNanos"),
  AVAILABLE_PROCESSORS("availableProcessors"),
  UNRECORDED_ACQUISITIONS("unrecordedAcquisitions"),
  UNRECORDED_RELEASES("unrecordedReleases"),
  SUPPRESSED_EXCEPTIONS("suppressedExceptions"),
  MERGED_TASKS("mergedTasks"),
  MERGED_TASK_NANOS("mergedTaskNanos"),
  MERGE_THRESHOLD_NANOS("mergeThresholdNanos"),
  SAMPLED_LOCK_HANDOFFS("sampledLockHandoffs"),
  TYPE_NAME("typeName"),
  HW_THREADS("hwThreads"),
  CORES("cores"),
  DESCRIPTION("description"),
  CPU("cpu"),
  AMOUNT("amount"),
  CORRELATION_ID("correlationId"),
  STREAM_ID("streamId"),
  AWAITED_CORRELATION_ID("awaitedCorrelationId"),
  KIND("kind"),
  ANCHOR_ID("anchorId"),
  START_AFTER_ANCHOR_NANOS("startAfterAnchorNanos"),
  END_AFTER_ANCHOR_NANOS("endAfterAnchorNanos"),
  ENABLED("enabled"),
  JCUDA_FOUND("jcudaFound"),
  ASYNC("async"),
  SOURCE("source"),
  CORE_UTILIZATION("coreUtilization"),
  CORE_FREQUENCY_MHZ("coreFrequencyMhz"),
  LOAD_AVERAGE("loadAverage"),
  CONTEXT_SWITCHES("contextSwitches"),
  PROCESS_CPU_NANOS("processCpuNanos"),
  PHYSICAL_CORES("physicalCores"),
  LOGICAL_CORES("logicalCores"),
  CPU_MODEL("cpuModel"),
  GPUS("gpus"),
  SOCKETS("sockets"),
  NUMA_NODES("numaNodes"),
  BASE_FREQUENCY_HZ("baseFrequencyHz"),
  MAX_FREQUENCY_HZ("maxFrequencyHz"),
  MEMORY_BYTES("memoryBytes"),
  OS("os"),
  JVM("jvm"),
  GC("gc"),
  MAX_HEAP_BYTES("maxHeapBytes"),
  CONTAINER_CPU_QUOTA("containerCpuQuota");

  private final String jfrName;

  RecordedField(String jfrName) {
    this.jfrName = jfrName;
  }

  @Override
  public String jfrName() {
    return jfrName;
  }
}
