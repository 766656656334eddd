package io.serialscope.analyzer.jfr.format;

/**
 * Skips and decodes values by their metadata layout. Decoded structs are {@code Object[]} of their
 * fields' values (boxed primitives, strings, nested structs, resolved constants); a simple type is
 * its single field's value; arrays are {@code Object[]}.
 */
final class ValueCodec {
  private static final int MAX_DEPTH = 32;

  private ValueCodec() {}

  static void skip(ChunkInput in, JfrField field, int depth) {
    if (field.array) {
      int n = in.length(1);
      for (int i = 0; i < n; i++) {
        skipElement(in, field, depth);
      }
    } else {
      skipElement(in, field, depth);
    }
  }

  private static void skipElement(ChunkInput in, JfrField field, int depth) {
    if (field.constantPool) {
      in.varLong();
    } else {
      skipInline(in, field.type, depth);
    }
  }

  static void skipInline(ChunkInput in, JfrType type, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FormatException("values nested too deeply");
    }
    if (type.simple) {
      skip(in, type.fields.get(0), depth + 1);
      return;
    }
    if (type.kind == null) {
      throw new FormatException("a value of unknown type " + type.name);
    }
    switch (type.kind) {
      case BOOLEAN, BYTE -> in.skip(1);
      case SHORT, CHAR, INT, LONG -> in.varLong();
      case FLOAT -> in.skip(4);
      case DOUBLE -> in.skip(8);
      case STRING -> in.skipString();
      case STRUCT -> {
        for (JfrField f : type.fields) {
          skip(in, f, depth + 1);
        }
      }
    }
  }

  static Object decode(ChunkInput in, JfrField field, ConstantPools pools, int depth) {
    if (!field.array) {
      return decodeElement(in, field, pools, depth);
    }
    Object[] array = new Object[in.length(1)];
    for (int i = 0; i < array.length; i++) {
      array[i] = decodeElement(in, field, pools, depth);
    }
    return array;
  }

  private static Object decodeElement(
      ChunkInput in, JfrField field, ConstantPools pools, int depth) {
    return field.constantPool
        ? pools.resolve(field.type, in.varLong())
        : decodeInline(in, field.type, pools, depth);
  }

  static Object decodeInline(ChunkInput in, JfrType type, ConstantPools pools, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FormatException("values nested too deeply");
    }
    if (type.simple) {
      return decode(in, type.fields.get(0), pools, depth + 1);
    }
    if (type.kind == null) {
      throw new FormatException("a value of unknown type " + type.name);
    }
    return switch (type.kind) {
      case BOOLEAN -> in.readByte() != 0;
      case BYTE -> in.readByte();
      case SHORT -> (short) in.varLong();
      case CHAR -> (char) in.varLong();
      case INT -> (int) in.varLong();
      case LONG -> in.varLong();
      case FLOAT -> Float.intBitsToFloat(in.rawInt());
      case DOUBLE -> Double.longBitsToDouble(in.rawLong());
      case STRING -> string(in, pools);
      case STRUCT -> {
        Object[] values = new Object[type.fields.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = decode(in, type.fields.get(i), pools, depth + 1);
        }
        yield values;
      }
    };
  }

  static String string(ChunkInput in, ConstantPools pools) {
    byte encoding = in.readByte();
    if (encoding == ChunkInput.STRING_CONSTANT) {
      Object s = pools.resolveString(in.varLong());
      return s instanceof String text ? text : null;
    }
    return in.inlineString(encoding);
  }
}
