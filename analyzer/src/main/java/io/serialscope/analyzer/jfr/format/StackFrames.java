package io.serialscope.analyzer.jfr.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The frame names of one stack trace constant ({@code jdk.types.StackTrace → frames[] → method →
 * type → name}), computed once per chunk and depth.
 */
record StackFrames(int maxFrames, List<String> names) {
  static List<String> names(JfrType stackType, Object[] stack, int maxFrames) {
    int framesIndex = stackType.fieldIndex("frames");
    if (framesIndex < 0) {
      return List.of();
    }
    JfrField framesField = stackType.fields.get(framesIndex);
    if (!(stack[framesIndex] instanceof Object[] frames)) {
      return List.of();
    }
    JfrType frameType = framesField.type;
    int methodIndex = structField(frameType, "method", "jdk.types.Method");
    JfrType methodType = frameType.fields.get(methodIndex).type;
    int classIndex = structField(methodType, "type", "java.lang.Class");
    JfrType classType = methodType.fields.get(classIndex).type;
    int methodNameIndex = methodType.fieldIndex("name");
    int classNameIndex = classType.fieldIndex("name");
    int depth = Math.min(frames.length, maxFrames);
    List<String> names = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      Object method = frames[i] instanceof Object[] frame ? frame[methodIndex] : null;
      Object type = method instanceof Object[] m ? m[classIndex] : null;
      if (!(type instanceof Object[] c)) {
        names.add(EventView.frameName(null, null));
        continue;
      }
      Object className = classNameIndex < 0 ? null : c[classNameIndex];
      if (!(className instanceof String name)) {
        throw new FormatException("a class without a name"); // RecordedClass would throw
      }
      Object methodName = methodNameIndex < 0 ? null : ((Object[]) method)[methodNameIndex];
      names.add(
          EventView.frameName(name.replace('/', '.'), methodName instanceof String s ? s : null));
    }
    return Collections.unmodifiableList(names);
  }

  private static int structField(JfrType type, String name, String typeName) {
    int i = type.fieldIndex(name);
    if (i < 0 || !typeName.equals(type.fields.get(i).type.name) || type.fields.get(i).array) {
      throw new FormatException(type.name + "." + name + " is not a " + typeName);
    }
    return i;
  }
}
