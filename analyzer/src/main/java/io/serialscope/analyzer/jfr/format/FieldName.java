package io.serialscope.analyzer.jfr.format;

/**
 * A field a reader of events asks for, implemented by an enum: its {@link #ordinal()} indexes the
 * per-type table the fast reader builds once per event type, so no event looks a name up.
 */
public interface FieldName {
  /** The field's name in the recording's metadata. */
  String jfrName();

  int ordinal();
}
