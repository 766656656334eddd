package io.serialscope.analyzer.jfr.format;

import java.util.List;

/**
 * The fast reader's cursor: the current event's fields as numbers, constant keys or positions in
 * the chunk, read by index. Strings and constants are decoded only when asked for.
 */
final class FastEvent implements EventView {
  private static final String EVENT_THREAD = "eventThread";

  private final Chunk chunk;
  private EventLayout layout;
  private long[] values = new long[16];
  private long lastThreadKey;
  private JfrType lastThreadType;
  private ThreadView lastThread;

  FastEvent(Chunk chunk) {
    this.chunk = chunk;
  }

  void read(EventLayout layout, ChunkInput in) {
    this.layout = layout;
    if (values.length < layout.fields.length) {
      values = new long[layout.fields.length];
    }
    layout.read(in, values);
  }

  @Override
  public String typeName() {
    return layout.type.name;
  }

  @Override
  public int typeIndex() {
    return layout.typeIndex;
  }

  @Override
  public long startNanos() {
    return chunk.epochNanos(values[0]);
  }

  @Override
  public long endNanos() {
    return chunk.epochNanos(layout.hasDuration ? values[0] + values[1] : values[0]);
  }

  @Override
  public boolean hasField(FieldName field) {
    return layout.indexOf[field.ordinal()] >= 0;
  }

  private int index(FieldName field) {
    int i = layout.indexOf[field.ordinal()];
    if (i < 0) {
      throw new FormatException(layout.type.name + " has no field " + field.jfrName());
    }
    return i;
  }

  /** The kind of an inline primitive field; anything else is left to the JDK's reader. */
  private JfrType.FieldKind kind(int i) {
    JfrField f = layout.fields[i];
    if (!f.inline() || f.type.kind == null) {
      throw new FormatException(layout.type.name + "." + f.name + " is not a plain value");
    }
    return f.type.kind;
  }

  @Override
  public long getLong(FieldName field) {
    int i = index(field);
    long v = values[i];
    boolean unsigned = layout.fields[i].unsigned;
    return switch (kind(i)) {
      case LONG -> v;
      case INT -> unsigned ? Integer.toUnsignedLong((int) v) : (int) v;
      case SHORT -> unsigned ? Short.toUnsignedLong((short) v) : (short) v;
      case CHAR -> (char) v;
      case BYTE -> unsigned ? Byte.toUnsignedLong((byte) v) : (byte) v;
      default -> throw new FormatException(field.jfrName() + " is not a long");
    };
  }

  @Override
  public int getInt(FieldName field) {
    int i = index(field);
    long v = values[i];
    boolean unsigned = layout.fields[i].unsigned;
    return switch (kind(i)) {
      case INT -> (int) v;
      case SHORT -> unsigned ? Short.toUnsignedInt((short) v) : (short) v;
      case CHAR -> (char) v;
      case BYTE -> unsigned ? Byte.toUnsignedInt((byte) v) : (byte) v;
      default -> throw new FormatException(field.jfrName() + " is not an int");
    };
  }

  @Override
  public double getDouble(FieldName field) {
    int i = index(field);
    long v = values[i];
    return switch (kind(i)) {
      case DOUBLE -> Double.longBitsToDouble(v);
      case FLOAT -> Float.intBitsToFloat((int) v);
      case LONG -> (double) v;
      case INT -> (int) v;
      case SHORT -> (short) v;
      case CHAR -> (char) v;
      case BYTE -> (byte) v;
      default -> throw new FormatException(field.jfrName() + " is not a double");
    };
  }

  @Override
  public boolean getBoolean(FieldName field) {
    int i = index(field);
    if (kind(i) != JfrType.FieldKind.BOOLEAN) {
      throw new FormatException(field.jfrName() + " is not a boolean");
    }
    return values[i] != 0;
  }

  @Override
  public String getString(FieldName field) {
    int i = index(field);
    if (kind(i) != JfrType.FieldKind.STRING) {
      throw new FormatException(field.jfrName() + " is not a string");
    }
    ChunkInput in = new ChunkInput(chunk.bytes, (int) values[i], (int) chunk.header.size());
    return chunk.strings.read(in, chunk.pools);
  }

  @Override
  public ThreadView getThread(FieldName field) {
    int i = layout.indexOf[field.ordinal()];
    boolean eventThread = EVENT_THREAD.equals(field.jfrName());
    JfrField f = i < 0 ? null : layout.fields[i];
    if (f == null || !f.constantPool || f.array || !"java.lang.Thread".equals(f.type.name)) {
      if (eventThread) {
        return null;
      }
      throw new FormatException(layout.type.name + "." + field.jfrName() + " is not a thread");
    }
    long key = values[i];
    if (key != lastThreadKey || f.type != lastThreadType || lastThread == null) {
      lastThread = chunk.thread(f.type, key);
      lastThreadKey = key;
      lastThreadType = f.type;
    }
    return lastThread;
  }

  @Override
  public List<String> stackFrameNames(int maxFrames) {
    int i = layout.type.fieldIndex("stackTrace");
    if (i < 0) {
      return null;
    }
    JfrField f = layout.fields[i];
    if (!f.constantPool || f.array || !"jdk.types.StackTrace".equals(f.type.name)) {
      throw new FormatException(layout.type.name + ".stackTrace is not a stack trace");
    }
    return chunk.frameNames(f.type, values[i], maxFrames);
  }
}
