package io.serialscope.analyzer.jfr.format;

/** A {@code java.lang.Thread} constant, read as {@code RecordedThread} reads it. */
record FastThread(long javaThreadId, String javaName, String osName)
    implements EventView.ThreadView {

  static FastThread of(JfrType threadType, Object[] fields) {
    Object id = field(threadType, fields, "javaThreadId");
    return new FastThread(
        id instanceof Long l ? l : -1,
        field(threadType, fields, "javaName") instanceof String s ? s : null,
        field(threadType, fields, "osName") instanceof String s ? s : null);
  }

  private static Object field(JfrType type, Object[] fields, String name) {
    int i = type.fieldIndex(name);
    return i < 0 ? null : fields[i];
  }
}
