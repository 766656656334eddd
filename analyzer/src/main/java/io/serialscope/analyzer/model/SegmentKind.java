package io.serialscope.analyzer.model;

/** What kind of processor a segment needs; what-if scenarios scale segments by kind. */
public enum SegmentKind {
  CPU,
  GPU_KERNEL,
  GPU_COPY;

  /** The name used in reports ({@code "CPU"}, {@code "GPU kernel"}, {@code "GPU copy"}). */
  public String displayName() {
    return switch (this) {
      case CPU -> "CPU";
      case GPU_KERNEL -> "GPU kernel";
      case GPU_COPY -> "GPU copy";
    };
  }
}
