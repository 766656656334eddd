package io.serialscope.agent.bootstrap.gpu;

/**
 * What a JCuda memcpy call copies, read from its name and arguments: {@code cuMemcpyHtoD(dst, src,
 * bytes)}, {@code cuMemcpyDtoHAsync(dst, src, bytes, stream)}, {@code cudaMemcpy(dst, src, bytes,
 * kind)}, {@code cudaMemcpyAsync(dst, src, bytes, kind, stream)} and the 2D/3D/peer forms (whose
 * size is not a plain argument: {@code bytes} is then -1).
 *
 * @param direction {@code H2D}, {@code D2H}, {@code D2D}, {@code H2H} or {@code ?}
 * @param bytes the byte count, or -1 when the call does not pass one
 * @param async whether the call returns without waiting for the copy
 * @param stream the stream argument (a JCuda stream object), or null: the default stream
 */
record CopyCall(String direction, long bytes, boolean async, Object stream) {
  /** {@code cudaMemcpyKind} values. */
  private static final String[] RUNTIME_KINDS = {"H2H", "H2D", "D2H", "D2D", "?"};

  static CopyCall of(String method, Object[] args) {
    boolean async = method.endsWith("Async");
    Object stream = null;
    long bytes = -1;
    int kind = -1;
    for (Object arg : args) {
      if (arg instanceof Long n) {
        bytes = n;
      } else if (arg instanceof Integer k && method.startsWith("cuda")) {
        kind = k; // the runtime's cudaMemcpyKind comes after the byte count
      } else if (arg != null && arg.getClass().getSimpleName().toLowerCase().contains("stream")) {
        stream = arg;
      }
    }
    if (method.contains("2D") || method.contains("3D")) {
      bytes = -1; // their long arguments are pitches and offsets, not the size
    }
    return new CopyCall(direction(method, kind), bytes, async, stream);
  }

  private static String direction(String method, int runtimeKind) {
    if (method.contains("HtoD")) {
      return "H2D";
    }
    if (method.contains("DtoH")) {
      return "D2H";
    }
    if (method.contains("DtoD")) {
      return "D2D";
    }
    if (runtimeKind >= 0 && runtimeKind < RUNTIME_KINDS.length) {
      return RUNTIME_KINDS[runtimeKind];
    }
    return "?";
  }
}
