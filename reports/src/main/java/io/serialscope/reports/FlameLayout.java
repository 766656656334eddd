package io.serialscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.serialscope.analyzer.insight.FlameGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays a flame graph out as icicle rectangles for the page: a root ({@code all}) and one rectangle
 * per frame of the stack tree, {@code x} and width in samples, depth from the root. Frames holding
 * less than a {@value #MIN_WIDTH_FRACTION} of the samples are left out (they would be under a
 * pixel), and the limit rises until at most {@value #MAX_NODES} rectangles remain.
 */
final class FlameLayout {
  static final int MAX_NODES = 3_000;
  static final double MIN_WIDTH_FRACTION = 1.0 / 2_000;

  private FlameLayout() {}

  /** A node of the stack tree; children sorted by frame name, as flame graphs are. */
  private static final class Node {
    final String name;
    long samples;
    final Map<String, Node> children = new TreeMap<>();

    Node(String name) {
      this.name = name;
    }
  }

  /**
   * Writes {@code field}: {@code {samples, names: [...], nodes: [[x, width, depth, name index],
   * ...]}}, parents before children.
   */
  static void write(JsonGenerator g, String field, FlameGraph flame) throws IOException {
    Node root = tree(flame);
    long minWidth = Math.max(1, (long) Math.ceil(flame.samples() * MIN_WIDTH_FRACTION));
    List<long[]> nodes;
    List<String> names = new ArrayList<>();
    while (true) {
      names.clear();
      nodes = new ArrayList<>();
      if (layout(root, 0, 0, minWidth, nodes, names, new HashMap<>())) {
        break;
      }
      minWidth *= 2;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("samples", flame.samples());
    g.writeArrayFieldStart("names");
    for (String name : names) {
      g.writeString(name);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("nodes");
    for (long[] node : nodes) {
      g.writeArray(node, 0, node.length);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static Node tree(FlameGraph flame) {
    Node root = new Node("all");
    for (Map.Entry<String, Long> stack : flame.stacks().entrySet()) {
      root.samples += stack.getValue();
      Node node = root;
      for (String frame : stack.getKey().split(";")) {
        node = node.children.computeIfAbsent(frame, Node::new);
        node.samples += stack.getValue();
      }
    }
    return root;
  }

  /** Depth-first layout; false when more than {@value #MAX_NODES} nodes would result. */
  private static boolean layout(
      Node node,
      long x,
      int depth,
      long minWidth,
      List<long[]> out,
      List<String> names,
      Map<String, Integer> nameIndex) {
    if (out.size() >= MAX_NODES) {
      return false;
    }
    int name =
        nameIndex.computeIfAbsent(
            node.name,
            n -> {
              names.add(n);
              return names.size() - 1;
            });
    out.add(new long[] {x, node.samples, depth, name});
    long childX = x;
    for (Node child : node.children.values()) {
      if (child.samples >= minWidth
          && !layout(child, childX, depth + 1, minWidth, out, names, nameIndex)) {
        return false;
      }
      childX += child.samples;
    }
    return true;
  }
}
