package bcf.plan.json;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read, with its path in the document, so that every refusal says where. Reads
 * optional values as null and refuses fields it does not know.
 */
final class JsonNodes {

  private final JsonNode node;
  private final String path;

  JsonNodes(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  String path() {
    return path;
  }

  static String child(String path, String name) {
    String key = name.matches("[A-Za-z][A-Za-z0-9]*") ? name : "\"" + name + "\"";
    if (name.matches("\\d{4}-\\d{2}.*")) {
      key = name;
    }
    return path.isEmpty() ? key : path + "." + key;
  }

  String at(String name) {
    return child(path, name);
  }

  static PlanDocumentException error(String where, String reason) {
    return new PlanDocumentException(where, reason);
  }

  static JsonNodes object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw error(path, "expected an object {...} but found " + describe(node));
    }
    return new JsonNodes(node, path);
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isString()) {
      String text = node.stringValue();
      return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + show(node.decimalValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    return node.getNodeType().toString().toLowerCase();
  }

  /** Refuses any field not in {@code known}, naming it and the fields that are allowed. */
  JsonNodes only(Set<String> known) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        List<String> allowed = new ArrayList<>(known);
        Collections.sort(allowed);
        throw error(
            at(name), "unknown field '" + name + "'; allowed here: " + String.join(", ", allowed));
      }
    }
    return this;
  }

  private JsonNode value(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  boolean has(String name) {
    return value(name) != null;
  }

  String string(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      throw error(at(name), "expected text but found " + describe(value));
    }
    return value.stringValue();
  }

  String requiredString(String name) {
    String value = string(name);
    if (value == null || value.isBlank()) {
      throw error(at(name), "is required");
    }
    return value;
  }

  boolean bool(String name, boolean fallback) {
    JsonNode value = value(name);
    if (value == null) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw error(at(name), "expected true or false but found " + describe(value));
    }
    return value.booleanValue();
  }

  BigDecimal decimal(String name) {
    return decimal(value(name), at(name));
  }

  static BigDecimal decimal(JsonNode value, String where) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw error(where, "expected a number but found " + describe(value));
    }
    BigDecimal number = value.decimalValue();
    if (!sensible(number)) {
      throw error(where, show(number) + " is far beyond any figure a plan could hold");
    }
    return number;
  }

  /**
   * At most {@value #DIGITS} digits either side of the point: 1e999999999 is a few bytes of JSON
   * but a billion digits written out, which no message or figure should ever do.
   */
  private static final int DIGITS = 100;

  private static boolean sensible(BigDecimal number) {
    return number.precision() - number.scale() <= DIGITS && number.scale() <= DIGITS;
  }

  /** The number as written in full, unless that would be absurdly long. */
  private static String show(BigDecimal number) {
    return sensible(number) ? number.toPlainString() : number.toString();
  }

  Integer integer(String name) {
    BigDecimal value = decimal(name);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw error(at(name), "expected a whole number but found " + value.toPlainString());
    }
  }

  Money money(String name) {
    return money(value(name), at(name));
  }

  static Money money(JsonNode value, String where) {
    BigDecimal amount = decimal(value, where);
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      throw error(
          where, amount.toPlainString() + " is negative; amounts are pounds from 0 upwards");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw error(
          where,
          amount.toPlainString()
              + " has more than two decimal places; amounts are pounds and pence");
    }
    if (amount.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0) {
      throw error(where, amount.toPlainString() + " is larger than any BCF amount could be");
    }
    return new Money(amount);
  }

  /** A share: a number from 0 to 1, or an exact fraction written "1/3". */
  Share share(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    try {
      if (value.isString()) {
        return Share.parse(value.stringValue());
      }
      if (value.isNumber()) {
        return Share.of(decimal(value, at(name)));
      }
    } catch (IllegalArgumentException e) {
      throw error(at(name), e.getMessage());
    }
    throw error(
        at(name),
        "expected a number from 0 to 1 or a fraction like \"1/3\" but found " + describe(value));
  }

  LocalDate date(String name) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(at(name), "'" + text + "' is not a date written like 2014-02-14");
    }
  }

  FinancialYear year(String name) {
    String text = string(name);
    return text == null ? null : parseYear(text, at(name));
  }

  static FinancialYear parseYear(String text, String where) {
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(where, e.getMessage());
    }
  }

  Period period(String name) {
    String text = string(name);
    return text == null ? null : parsePeriod(text, at(name));
  }

  static Period parsePeriod(String text, String where) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(where, e.getMessage());
    }
  }

  JsonNodes object(String name) {
    JsonNode value = value(name);
    return value == null ? null : object(value, at(name));
  }

  <T> List<T> list(String name, Function<JsonNodes, T> item) {
    JsonNode value = value(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw error(at(name), "expected a list [...] but found " + describe(value));
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(item.apply(object(value.get(i), at(name) + "[" + i + "]")));
    }
    return List.copyOf(items);
  }

  List<String> strings(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw error(at(name), "expected a list of text but found " + describe(value));
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!element.isString()) {
        throw error(at(name) + "[" + i + "]", "expected text but found " + describe(element));
      }
      items.add(element.stringValue());
    }
    return List.copyOf(items);
  }

  /**
   * An object keyed by financial year; each value read by {@code reader}, which may return null.
   */
  <T> SortedMap<FinancialYear, T> byYear(String name, ValueReader<T> reader) {
    JsonNode value = value(name);
    SortedMap<FinancialYear, T> result = new TreeMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      throw error(
          at(name),
          "expected an object keyed by year {\"2015-16\": ...} but found " + describe(value));
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String where = child(at(name), entry.getKey());
      FinancialYear year = parseYear(entry.getKey(), where);
      result.put(year, reader.read(entry.getValue(), where));
    }
    return result;
  }

  /** An object keyed by period. */
  <T> SortedMap<Period, T> byPeriod(String name, ValueReader<T> reader) {
    JsonNode value = value(name);
    SortedMap<Period, T> result = new TreeMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      throw error(at(name), "expected an object keyed by period but found " + describe(value));
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String where = child(at(name), entry.getKey());
      result.put(parsePeriod(entry.getKey(), where), reader.read(entry.getValue(), where));
    }
    return result;
  }

  /** An object keyed by free text (an HWB id, say), with number values. */
  Map<String, BigDecimal> decimalsByKey(String name) {
    JsonNode value = value(name);
    Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      throw error(at(name), "expected an object {\"key\": number} but found " + describe(value));
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      result.put(entry.getKey(), decimal(entry.getValue(), child(at(name), entry.getKey())));
    }
    return result;
  }

  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonNode value, String where);
  }
}
