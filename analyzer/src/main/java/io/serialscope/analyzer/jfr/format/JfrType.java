package io.serialscope.analyzer.jfr.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A class of the chunk's metadata: an event type, a constant-pool type (threads, stack traces,
 * methods, classes, symbols …), a struct, or a primitive (which has no fields).
 */
final class JfrType {
  static final String EVENT_SUPER_TYPE = "jdk.jfr.Event";

  final long id;
  final String name;
  final String superType;

  /** A simple type is encoded, and read, as its single field (a symbol is its string). */
  final boolean simple;

  final List<JfrField> fields = new ArrayList<>();

  /** The field's kind when this type is a field's type; set once all types are known. */
  FieldKind kind;

  JfrType(long id, String name, String superType, boolean simple) {
    this.id = id;
    this.name = name;
    this.superType = superType;
    this.simple = simple;
  }

  boolean isEvent() {
    return EVENT_SUPER_TYPE.equals(superType);
  }

  int fieldIndex(String fieldName) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name.equals(fieldName)) {
        return i;
      }
    }
    return -1;
  }

  /** How a value of this type is encoded when it is neither a constant reference nor an array. */
  enum FieldKind {
    BOOLEAN,
    BYTE,
    SHORT,
    CHAR,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    STRING,
    STRUCT;

    static FieldKind of(JfrType type) {
      if (!type.fields.isEmpty()) {
        return STRUCT;
      }
      return switch (type.name) {
        case "boolean" -> BOOLEAN;
        case "byte" -> BYTE;
        case "short" -> SHORT;
        case "char" -> CHAR;
        case "int" -> INT;
        case "long" -> LONG;
        case "float" -> FLOAT;
        case "double" -> DOUBLE;
        case "java.lang.String" -> STRING;
        default -> throw new FormatException("unknown primitive type " + type.name);
      };
    }

    boolean integral() {
      return this == BYTE || this == SHORT || this == CHAR || this == INT || this == LONG;
    }
  }
}
