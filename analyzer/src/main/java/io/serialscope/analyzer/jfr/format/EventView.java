package io.serialscope.analyzer.jfr.format;

import java.util.List;

/**
 * One event as the analyzer reads it, whoever parsed it: the fast reader of this package, or an
 * adapter over the JDK's {@code RecordedEvent}. Valid only until the next event is read. The
 * getters behave as {@code RecordedObject}'s of the same name (widening, unsigned fields, errors
 * for absent fields or wrong types).
 */
public interface EventView {
  /** The event type's name, e.g. {@code jdk.ThreadSleep}. */
  String typeName();

  /**
   * A small number for the event's type, the same for every event of that type during one read
   * (whatever chunk it is in), for tables indexed by type.
   */
  int typeIndex();

  /** Start, epoch nanoseconds. */
  long startNanos();

  /** End (start plus duration), epoch nanoseconds. */
  long endNanos();

  boolean hasField(FieldName field);

  long getLong(FieldName field);

  int getInt(FieldName field);

  double getDouble(FieldName field);

  boolean getBoolean(FieldName field);

  String getString(FieldName field);

  /**
   * The thread in {@code field}, or null. For the field named {@code eventThread} an absent field
   * reads as null (as {@code RecordedEvent.getThread()}); any other absent field is an error.
   */
  ThreadView getThread(FieldName field);

  /**
   * The first {@code maxFrames} frames of the event's stack trace, executing frame first, each
   * {@code "Class.method"} ({@code "[unknown]"} when its method or class is unknown); null when the
   * event has no stack trace.
   */
  List<String> stackFrameNames(int maxFrames);

  /** A thread as JFR describes it. */
  interface ThreadView {
    /** The Java thread id, or -1 (or 0) when the thread has none. */
    long javaThreadId();

    String javaName();

    String osName();
  }

  /** The name a frame gets: {@code "[unknown]"} without a class, as the analyzer always did. */
  static String frameName(String className, String methodName) {
    return className == null ? "[unknown]" : className + "." + methodName;
  }
}
