package io.serialscope.analyzer.jfr.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chunk's metadata event: a string table, then a tree of elements ({@code root → metadata →
 * class → field → annotation}, and {@code region}) whose attributes are indexes into the table.
 * Classes name their id, name, super type and whether they are simple; fields their type ({@code
 * class}), {@code dimension} and {@code constantPool}.
 */
final class Metadata {
  private static final int MAX_DEPTH = 16;

  final long metadataId;

  /** Where the string table and element tree lie in the chunk (the event's header excluded). */
  int contentStart;

  int contentEnd;
  final Map<Long, JfrType> types = new HashMap<>();

  private final String[] strings;

  private Metadata(long metadataId, String[] strings) {
    this.metadataId = metadataId;
    this.strings = strings;
  }

  /** Reads the metadata event at {@code in}'s position. */
  static Metadata read(ChunkInput in) {
    int start = in.position();
    long size = in.varLong();
    if (in.varLong() != 0) {
      throw new FormatException("no metadata event at the metadata position");
    }
    in.varLong(); // start time
    in.varLong(); // duration
    long metadataId = in.varLong();
    int contentStart = in.position();
    String[] strings = new String[in.length(1)];
    for (int i = 0; i < strings.length; i++) {
      byte encoding = in.readByte();
      if (encoding == ChunkInput.STRING_CONSTANT) {
        throw new FormatException("a constant reference in the metadata's strings");
      }
      strings[i] = in.inlineString(encoding);
    }
    Metadata metadata = new Metadata(metadataId, strings);
    Element root = metadata.element(in, 0);
    metadata.contentStart = contentStart;
    metadata.contentEnd = in.position();
    if (in.position() != start + size) {
      throw new FormatException("the metadata event's size does not match its content");
    }
    Element types = first(root, "metadata");
    Element region = first(root, "region");
    region.longAttribute(
        "gmtOffset", 1); // the JDK parses these and fails where they are no numbers
    region.longAttribute("dst", 0);
    metadata.declare(types);
    metadata.link();
    MetadataChecks.check(types.children, metadata.types);
    return metadata;
  }

  private static Element first(Element parent, String name) {
    for (Element child : parent.children) {
      if (name.equals(child.name)) {
        return child;
      }
    }
    throw new FormatException("metadata without a " + name + " element");
  }

  record Element(String name, Map<String, String> attributes, List<Element> children) {
    String attribute(String key) {
      return attributes.get(key);
    }

    long longAttribute(String key, long otherwise) {
      String value = attributes.get(key);
      try {
        return value == null ? otherwise : Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new FormatException("attribute " + key + " is not a number: " + value);
      }
    }
  }

  private Element element(ChunkInput in, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FormatException("metadata nested too deeply");
    }
    String name = string(in);
    int attributes = in.length(2);
    Map<String, String> map = new HashMap<>(attributes * 2);
    for (int i = 0; i < attributes; i++) {
      map.put(string(in), string(in));
    }
    int count = in.length(3);
    List<Element> children = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      children.add(element(in, depth + 1));
    }
    return new Element(name, map, children);
  }

  private String string(ChunkInput in) {
    int index = in.varInt();
    if (index < 0 || index >= strings.length) {
      throw new FormatException("string index " + index + " out of range");
    }
    return strings[index];
  }

  private void declare(Element metadata) {
    for (Element c : metadata.children) {
      if (!"class".equals(c.name)) {
        continue;
      }
      long id = c.longAttribute("id", -1);
      JfrType type =
          new JfrType(
              id, c.attribute("name"), c.attribute("superType"), c.attribute("simpleType") != null);
      if (type.name == null || types.put(id, type) != null) {
        throw new FormatException("class " + id + " unnamed or declared twice");
      }
      for (Element f : c.children) {
        if ("field".equals(f.name)) {
          type.fields.add(field(f));
        }
      }
    }
  }

  private JfrField field(Element f) {
    long dimension = f.longAttribute("dimension", 0);
    if (dimension != 0 && dimension != 1) {
      throw new FormatException("field " + f.attribute("name") + " has dimension " + dimension);
    }
    JfrField field =
        new JfrField(
            f.attribute("name"),
            f.longAttribute("class", -1),
            f.attribute("constantPool") != null,
            dimension == 1);
    for (Element a : f.children) {
      if ("annotation".equals(a.name)) {
        field.annotationTypeIds.add(a.longAttribute("class", -1));
      }
    }
    return field;
  }

  /** Resolves each field's type and each type's kind; a field of an undeclared type is refused. */
  private void link() {
    for (JfrType type : types.values()) {
      for (JfrField field : type.fields) {
        field.type = types.get(field.typeId);
        if (field.type == null || field.name == null) {
          throw new FormatException("field " + field.name + " of an undeclared type");
        }
        for (long annotation : field.annotationTypeIds) {
          JfrType a = types.get(annotation);
          field.unsigned |= a != null && JfrField.UNSIGNED.equals(a.name);
        }
      }
      if (type.simple && type.fields.size() != 1) {
        throw new FormatException("simple type " + type.name + " without exactly one field");
      }
    }
    for (JfrType type : types.values()) {
      if (type.fields.isEmpty()) {
        type.kind = primitiveKindOrNull(type);
      } else if (!type.simple) {
        type.kind = JfrType.FieldKind.STRUCT;
      } // a simple type is read as its field
    }
  }

  private static JfrType.FieldKind primitiveKindOrNull(JfrType type) {
    try {
      return JfrType.FieldKind.of(type);
    } catch (FormatException e) {
      return null; // an unknown primitive: refused only where a value of it is read
    }
  }
}
