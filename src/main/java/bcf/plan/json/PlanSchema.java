package bcf.plan.json;

import bcf.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The plan document's JSON Schema ({@code schema/plan.schema.json}) read as the description of each
 * field: its title, what kind of value it holds, whether it is required and, for a fixed set of
 * values, the choices with their names. The schema is the one description of the plan's shape
 * (checked against the plan's types by a test); the edit forms take their fields from here.
 */
public final class PlanSchema {

  /** Where the schema is on the class path. */
  public static final String RESOURCE = "schema/plan.schema.json";

  private static final PlanSchema INSTANCE = load();

  /** What a field holds, as far as a form needs to know. */
  public enum Type {
    TEXT,
    MONEY,
    DECIMAL,
    WHOLE,
    DATE,
    YEAR,
    PERIOD,
    SHARE,
    TRUE_OR_FALSE,
    CHOICE,
    LIST,
    GROUP
  }

  /** One of a fixed set of values, with its name. */
  public record Choice(String value, String title) {}

  /**
   * A field of the document.
   *
   * @param title what it is called, composed along the path ("Baseline period", "Spend 2017-18
   *     recurrent")
   * @param required whether the object holding it must have it
   * @param choices the values it may take, where the schema fixes them; otherwise empty
   */
  public record Field(String title, Type type, boolean required, List<Choice> choices) {}

  private final JsonNode root;

  private PlanSchema(JsonNode root) {
    this.root = root;
  }

  /** The schema as shipped, read once. */
  public static PlanSchema get() {
    return INSTANCE;
  }

  private static PlanSchema load() {
    try (InputStream in = PlanSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new PlanSchema(Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The field at {@code suffix} below the rows of the list at {@code rows} ({@code "/risks"},
   * {@code "/metrics/0/targets"}), or below the document when {@code rows} is empty. A suffix steps
   * through objects by name and through maps by key ({@code spend/2017-18/recurrent}).
   *
   * @throws IllegalArgumentException when the schema has no such field: a form naming a field the
   *     document cannot hold is a mistake in the form
   */
  public Field field(String rows, String suffix) {
    JsonNode object = root;
    for (String step : steps(rows)) {
      if (DocumentPaths.isPosition(step, Integer.MAX_VALUE)) {
        continue;
      }
      JsonNode property = property(object, step, rows);
      // rows may sit inside an object ("/pooledBudget/riskShares"): step through it
      object = resolve(property).has("items") ? items(property, rows) : resolve(property);
    }
    StringBuilder title = new StringBuilder();
    JsonNode value = null;
    JsonNode holder = null;
    String name = null;
    for (String step : steps(suffix)) {
      JsonNode container = value == null ? object : resolve(value);
      if (container.has("properties")) {
        value = property(container, step, rows + "/" + suffix);
        holder = container;
        name = step;
        String own = value.path("title").asString(step);
        title.append(title.isEmpty() ? own : " " + lowerFirst(own));
      } else if (container.has("additionalProperties")) {
        value = container.get("additionalProperties");
        holder = null;
        name = null;
        title.append(' ').append(step);
      } else {
        throw new IllegalArgumentException(
            rows + "/" + suffix + ": nothing is below the value before " + step);
      }
    }
    if (value == null) {
      throw new IllegalArgumentException("no field named below " + rows);
    }
    String field = name;
    boolean required =
        holder != null
            && holder.path("required").valueStream().anyMatch(r -> r.asString().equals(field));
    return new Field(title.toString(), type(value), required, choices(value));
  }

  private static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String step : path.split("/")) {
      if (!step.isEmpty()) {
        steps.add(step);
      }
    }
    return steps;
  }

  private JsonNode property(JsonNode object, String name, String where) {
    JsonNode property = resolve(object).path("properties").get(name);
    if (property == null) {
      throw new IllegalArgumentException(where + ": the plan document has no field " + name);
    }
    return property;
  }

  private JsonNode items(JsonNode list, String where) {
    JsonNode items = resolve(list).get("items");
    if (items == null) {
      throw new IllegalArgumentException(where + " is not a list in the plan document");
    }
    return resolve(items);
  }

  /** A reference followed, and the one choice besides null taken. */
  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (true) {
      if (current.has("$ref")) {
        current = root.at(current.get("$ref").asString().substring(1));
        continue;
      }
      if (current.has("anyOf") && !current.has("properties")) {
        List<JsonNode> options =
            current.get("anyOf").valueStream().filter(o -> !isNull(o)).toList();
        if (options.size() == 1 && options.get(0).has("$ref")) {
          current = options.get(0);
          continue;
        }
      }
      return current;
    }
  }

  private static boolean isNull(JsonNode option) {
    return option.path("type").asString("").equals("null");
  }

  private Type type(JsonNode property) {
    if (!choices(property).isEmpty()) {
      return Type.CHOICE;
    }
    String ref = refName(property);
    switch (ref) {
      case "money":
        return Type.MONEY;
      case "decimal":
        return Type.DECIMAL;
      case "wholeNumber":
        return Type.WHOLE;
      case "date":
        return Type.DATE;
      case "year":
      case "optionalYear":
        return Type.YEAR;
      case "period":
      case "optionalPeriod":
        return Type.PERIOD;
      case "share":
        return Type.SHARE;
      case "requiredText":
        return Type.TEXT;
      default:
        break;
    }
    JsonNode resolved = resolve(property);
    String types = resolved.path("type").toString();
    if (resolved.has("items")) {
      return Type.LIST;
    }
    if (resolved.has("properties") || resolved.has("additionalProperties")) {
      return Type.GROUP;
    }
    if (types.contains("boolean")) {
      return Type.TRUE_OR_FALSE;
    }
    return Type.TEXT;
  }

  /** The name of the definition a property is written as ("money"), or "" for none. */
  private static String refName(JsonNode property) {
    if (property.has("$ref")) {
      return property.get("$ref").asString().replace("#/$defs/", "");
    }
    List<JsonNode> refs = property.path("anyOf").valueStream().filter(o -> o.has("$ref")).toList();
    return refs.size() == 1 ? refName(refs.get(0)) : "";
  }

  private static List<Choice> choices(JsonNode property) {
    return property
        .path("anyOf")
        .valueStream()
        .filter(o -> o.has("const"))
        .map(o -> new Choice(o.get("const").asString(), o.path("title").asString()))
        .toList();
  }

  private static String lowerFirst(String title) {
    if (title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
      return title;
    }
    return title.substring(0, 1).toLowerCase(Locale.UK) + title.substring(1);
  }
}
