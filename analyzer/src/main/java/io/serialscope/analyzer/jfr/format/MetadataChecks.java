package io.serialscope.analyzer.jfr.format;

import java.util.List;
import java.util.Map;

/**
 * What the JDK's metadata reader checks beyond what this reader needs: class and field names are
 * Java identifiers (dotted for classes), every annotation (of a class, a field or a setting) names
 * a declared type and has a value of the right type for each of its fields, and settings, whose
 * type must be declared, belong to event types. A chunk the JDK would refuse for these reasons is
 * refused here too, so that its reading is the JDK's.
 */
final class MetadataChecks {
  private MetadataChecks() {}

  static void check(List<Metadata.Element> classes, Map<Long, JfrType> types) {
    for (Metadata.Element c : classes) {
      if (!"class".equals(c.name())) {
        continue;
      }
      JfrType type = types.get(c.longAttribute("id", -1));
      if (!isIdentifier(c.attribute("name"), true)) {
        throw new FormatException("a class named " + c.attribute("name"));
      }
      for (Metadata.Element child : c.children()) {
        switch (child.name()) {
          case "annotation" -> annotation(child, types);
          case "field" -> {
            if (!isIdentifier(child.attribute("name"), false)) {
              throw new FormatException("a field named " + child.attribute("name"));
            }
            annotations(child, types);
          }
          case "setting" -> {
            if (type == null || !type.isEvent() || declared(child, types) == null) {
              throw new FormatException("a setting of " + c.attribute("name") + " is invalid");
            }
            annotations(child, types);
          }
          default -> {}
        }
      }
    }
  }

  private static JfrType declared(Metadata.Element e, Map<Long, JfrType> types) {
    return types.get(e.longAttribute("class", -1));
  }

  private static void annotations(Metadata.Element owner, Map<Long, JfrType> types) {
    for (Metadata.Element a : owner.children()) {
      if ("annotation".equals(a.name())) {
        annotation(a, types);
      }
    }
  }

  private static void annotation(Metadata.Element a, Map<Long, JfrType> types) {
    JfrType type = declared(a, types);
    if (type == null) {
      throw new FormatException("an annotation of an undeclared type");
    }
    for (JfrField f : type.fields) {
      String typeName = f.type.name;
      if (f.array) {
        if (!typeName.equals("java.lang.String") && !isPrimitive(typeName)) {
          throw new FormatException("an annotation array of " + typeName);
        }
        for (int i = 0; a.attribute(f.name + "-" + i) != null; i++) {
          requireValue(typeName, a.attribute(f.name + "-" + i));
        }
      } else {
        requireValue(typeName, a.attribute(f.name));
      }
    }
  }

  /** Fails where the JDK cannot make an annotation value of {@code typeName} from {@code text}. */
  private static void requireValue(String typeName, String text) {
    if (typeName.equals("boolean")) {
      return; // Boolean.valueOf takes anything
    }
    if (text == null) {
      throw new FormatException("an annotation value is missing");
    }
    try {
      switch (typeName) {
        case "int" -> Integer.parseInt(text);
        case "long" -> Long.parseLong(text);
        case "double" -> Double.parseDouble(text);
        case "float" -> Float.parseFloat(text);
        case "short" -> Short.parseShort(text);
        case "byte" -> Byte.parseByte(text);
        case "char" -> {
          if (text.length() != 1) {
            throw new FormatException("a char annotation value of " + text.length() + " chars");
          }
        }
        case "java.lang.String" -> {}
        default -> throw new FormatException("an annotation value of type " + typeName);
      }
    } catch (NumberFormatException e) {
      throw new FormatException("an annotation value that is not a " + typeName);
    }
  }

  /** A Java identifier, or with {@code dots} a dotted name of them, as the JDK requires names. */
  private static boolean isIdentifier(String name, boolean dots) {
    if (name == null || name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isJavaIdentifierPart(c) && !(dots && c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrimitive(String typeName) {
    return switch (typeName) {
      case "int", "long", "double", "float", "short", "byte", "char", "boolean" -> true;
      default -> false;
    };
  }
}
