package io.serialscope.analyzer.jfr.format;

/** A field of a {@link JfrType}, as the metadata declares it. */
final class JfrField {
  static final String UNSIGNED = "jdk.jfr.Unsigned";

  final String name;
  final long typeId;
  final boolean constantPool;
  final boolean array;

  final java.util.List<Long> annotationTypeIds = new java.util.ArrayList<>(2);

  /** Set once all types are known. */
  JfrType type;

  /** Annotated {@code jdk.jfr.Unsigned}: widening to long does not extend the sign. */
  boolean unsigned;

  JfrField(String name, long typeId, boolean constantPool, boolean array) {
    this.name = name;
    this.typeId = typeId;
    this.constantPool = constantPool;
    this.array = array;
  }

  /** Whether the value is written in place (not a constant reference, not an array). */
  boolean inline() {
    return !constantPool && !array;
  }
}
