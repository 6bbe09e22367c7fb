package bcf.workbook;

import bcf.plan.json.DocumentPaths;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON pointers into the plan document: the leaves of a tree, setting a value, and paths in words.
 */
final class Pointers {

  private Pointers() {}

  /** A leaf: a value, a null, or an empty list or group, at its pointer. */
  record Leaf(String pointer, JsonNode value) {}

  static List<Leaf> leaves(JsonNode root) {
    List<Leaf> leaves = new ArrayList<>();
    walk("", root, leaves);
    return leaves;
  }

  private static void walk(String at, JsonNode node, List<Leaf> leaves) {
    if (node.isObject() && !node.isEmpty()) {
      for (String name : node.propertyNames()) {
        walk(at + "/" + escape(name), node.get(name), leaves);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        walk(at + "/" + i, node.get(i), leaves);
      }
    } else {
      leaves.add(new Leaf(at, node));
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static List<String> steps(String pointer) {
    List<String> steps = new ArrayList<>();
    if (pointer.isEmpty()) {
      return steps;
    }
    for (String step : pointer.substring(1).split("/", -1)) {
      steps.add(step.replace("~1", "/").replace("~0", "~"));
    }
    return steps;
  }

  /**
   * Sets {@code value} at {@code pointer} below {@code root}, making the groups and lists on the
   * way: a step of digits below a list is a position in it (missing positions become empty groups).
   */
  static void set(ObjectNode root, String pointer, JsonNode value) {
    List<String> steps = steps(pointer);
    JsonNode container = root;
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      boolean last = i == steps.size() - 1;
      String next = last ? null : steps.get(i + 1);
      if (container instanceof ObjectNode object) {
        if (last) {
          object.set(step, value);
          return;
        }
        JsonNode child = object.get(step);
        if (child == null || child.isNull() || !child.isContainer()) {
          child = isIndex(next) ? object.putArray(step) : object.putObject(step);
        }
        container = child;
      } else if (container instanceof ArrayNode array) {
        int index = Integer.parseInt(step);
        while (array.size() <= index) {
          array.add(JsonNodeFactory.instance.objectNode());
        }
        if (last) {
          array.set(index, value);
          return;
        }
        JsonNode child = array.get(index);
        if (!child.isContainer()) {
          child =
              isIndex(next)
                  ? JsonNodeFactory.instance.arrayNode()
                  : JsonNodeFactory.instance.objectNode();
          array.set(index, child);
        }
        container = child;
      }
    }
  }

  private static boolean isIndex(String step) {
    return DocumentPaths.isPosition(step, 6);
  }

  /**
   * A pointer as findings write places: {@code /schemes/3/spend/2017-18} is {@code
   * schemes[3].spend.2017-18}.
   */
  static String where(String pointer) {
    StringBuilder where = new StringBuilder();
    for (String step : steps(pointer)) {
      if (DocumentPaths.isPosition(step, Integer.MAX_VALUE)) {
        where.append('[').append(step).append(']');
      } else {
        where.append(where.isEmpty() ? "" : ".").append(step);
      }
    }
    return where.toString();
  }

  /**
   * A pointer in words for a person: {@code /metrics/0/targets/1/value} is "Metrics 1, targets 2,
   * value".
   */
  static String words(String pointer) {
    List<String> parts = new ArrayList<>();
    for (String step : steps(pointer)) {
      if (DocumentPaths.isPosition(step, Integer.MAX_VALUE) && !parts.isEmpty()) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + " " + (Integer.parseInt(step) + 1));
      } else {
        parts.add(spaced(step).toLowerCase(java.util.Locale.UK));
      }
    }
    String text = String.join(", ", parts);
    return text.isEmpty() ? "the plan" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A name in camel case as words: {@code riskShares} is "risk Shares" (then lower-cased). */
  private static String spaced(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c);
      if (c >= 'a' && c <= 'z' && i + 1 < name.length()) {
        char next = name.charAt(i + 1);
        if (next >= 'A' && next <= 'Z') {
          out.append(' ');
        }
      }
    }
    return out.toString();
  }
}
