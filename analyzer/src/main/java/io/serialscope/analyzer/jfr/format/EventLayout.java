package io.serialscope.analyzer.jfr.format;

/**
 * How to read the events of one type in one chunk: a code per field, and for every {@link
 * FieldName} the reader asks for, the index of that field (or -1), found once.
 */
final class EventLayout {
  static final byte VARINT = 0;
  static final byte BYTE = 1;
  static final byte FLOAT = 2;
  static final byte DOUBLE = 3;
  static final byte STRING = 4;
  static final byte OTHER = 5;

  final JfrType type;
  final JfrField[] fields;
  final byte[] codes;
  final int[] indexOf;
  final boolean hasDuration;
  final int typeIndex;

  EventLayout(JfrType type, FieldName[] names, int typeIndex) {
    this.type = type;
    this.typeIndex = typeIndex;
    this.fields = type.fields.toArray(new JfrField[0]);
    this.hasDuration = type.fieldIndex("duration") >= 0;
    int implicit = hasDuration ? 2 : 1;
    if (fields.length < implicit
        || !isLong(fields[0], "startTime")
        || (hasDuration && !isLong(fields[1], "duration"))) {
      throw new FormatException("event type " + type.name + " without start time first");
    }
    codes = new byte[fields.length];
    for (int i = 0; i < fields.length; i++) {
      codes[i] = code(fields[i]);
    }
    indexOf = new int[names.length];
    for (FieldName name : names) {
      indexOf[name.ordinal()] = type.fieldIndex(name.jfrName());
    }
  }

  private static boolean isLong(JfrField f, String name) {
    return f.name.equals(name) && f.inline() && f.type.kind == JfrType.FieldKind.LONG;
  }

  private static byte code(JfrField f) {
    if (f.array) {
      return OTHER;
    }
    if (f.constantPool) {
      return VARINT; // the constant's key
    }
    JfrType.FieldKind kind = f.type.kind;
    if (kind == null) {
      return OTHER; // a simple type, or an unknown one: the generic path decides
    }
    return switch (kind) {
      case BOOLEAN, BYTE -> BYTE;
      case SHORT, CHAR, INT, LONG -> VARINT;
      case FLOAT -> FLOAT;
      case DOUBLE -> DOUBLE;
      case STRING -> STRING;
      case STRUCT -> OTHER;
    };
  }

  /** Reads the event's fields into {@code values} (numbers, keys, or positions of the rest). */
  void read(ChunkInput in, long[] values) {
    for (int i = 0; i < codes.length; i++) {
      switch (codes[i]) {
        case VARINT -> values[i] = in.varLong();
        case BYTE -> values[i] = in.readByte();
        case FLOAT -> values[i] = in.rawInt();
        case DOUBLE -> values[i] = in.rawLong();
        case STRING -> {
          values[i] = in.position();
          in.skipString();
        }
        default -> {
          values[i] = in.position();
          ValueCodec.skip(in, fields[i], 0);
        }
      }
    }
  }
}
