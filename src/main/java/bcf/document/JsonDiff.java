package bcf.document;

import bcf.plan.json.DocumentPaths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The changes between two plan documents, leaf by leaf. Arrays are compared position by position;
 * an element added or removed at the end is one change holding the whole element. Numbers compare
 * by value, so {@code 1000} and {@code 1000.00} are the same amount.
 */
public final class JsonDiff {

  private JsonDiff() {}

  public static List<Change> between(JsonNode before, JsonNode after) {
    List<Change> changes = new ArrayList<>();
    diff("", before, after, changes);
    return changes;
  }

  private static void diff(String path, JsonNode before, JsonNode after, List<Change> out) {
    boolean beforeMissing = before == null || before.isMissingNode() || before.isNull();
    boolean afterMissing = after == null || after.isMissingNode() || after.isNull();
    if (beforeMissing && afterMissing) {
      return;
    }
    if (beforeMissing || afterMissing) {
      out.add(new Change(path, beforeMissing ? null : before, afterMissing ? null : after));
      return;
    }
    if (before.isObject() && after.isObject()) {
      Set<String> names = new LinkedHashSet<>(before.propertyNames());
      names.addAll(after.propertyNames());
      for (String name : names) {
        diff(path + "/" + DocumentPaths.escape(name), before.get(name), after.get(name), out);
      }
      return;
    }
    if (before.isArray() && after.isArray()) {
      int common = Math.min(before.size(), after.size());
      for (int i = 0; i < common; i++) {
        diff(path + "/" + i, before.get(i), after.get(i), out);
      }
      for (int i = common; i < before.size(); i++) {
        out.add(new Change(path + "/" + i, before.get(i), null));
      }
      for (int i = common; i < after.size(); i++) {
        out.add(new Change(path + "/" + i, null, after.get(i)));
      }
      return;
    }
    if (!same(before, after)) {
      out.add(new Change(path, before, after));
    }
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  /** JSON pointer escaping (RFC 6901). */
}
