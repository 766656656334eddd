package io.serialscope.analyzer.model;

/** What kind of processor a segment needs; what-if scenarios scale segments by kind. */
public enum SegmentKind {
  CPU,
  GPU_KERNEL,
  GPU_COPY,
  /**
   * A thread blocked in a file or socket read or write (JFR's I/O events): time on its task's path
   * that needs no processor and that faster cores do not shorten.
   */
  IO_WAIT;

  /** Whether a GPU kernel or copy. */
  public boolean onGpu() {
    return this == GPU_KERNEL || this == GPU_COPY;
  }

  /**
   * The name used in reports ({@code "CPU"}, {@code "GPU kernel"}, {@code "GPU copy"}, {@code
   * "blocked on I/O"}).
   */
  public String displayName() {
    return switch (this) {
      case CPU -> "CPU";
      case GPU_KERNEL -> "GPU kernel";
      case GPU_COPY -> "GPU copy";
      case IO_WAIT -> "blocked on I/O";
    };
  }
}
