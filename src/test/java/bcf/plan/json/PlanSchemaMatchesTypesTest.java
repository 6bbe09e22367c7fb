package bcf.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import bcf.plan.Plan;
import bcf.plan.YearAmounts;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema and the plan's types describe one shape: walking the records from {@link Plan}
 * (the types the document is bound to) and the schema from its root together, every record has a
 * schema definition with exactly its components as properties, and every property's schema is the
 * one its Java type is read and written as, and the fields the schema requires are the ones the
 * reader's binding ({@link PlanMixIns}) requires. A component added to a record, renamed, or
 * retyped without the schema (or the other way round) fails here, naming the place.
 */
class PlanSchemaMatchesTypesTest {

  /**
   * The definition each value type is written as, and with a null allowed where it may be blank.
   */
  private static final Map<Class<?>, Set<String>> VALUE_DEFS =
      Map.of(
          Money.class, Set.of("money"),
          BigDecimal.class, Set.of("decimal"),
          Integer.class, Set.of("wholeNumber"),
          FinancialYear.class, Set.of("year", "optionalYear"),
          Period.class, Set.of("period", "optionalPeriod"),
          LocalDate.class, Set.of("date"),
          Share.class, Set.of("share"),
          YearAmounts.class, Set.of("yearAmounts"));

  /** What the document holds that no record does: the format's version, read and checked. */
  private static final Set<String> DOCUMENT_ONLY = Set.of("/documentVersion");

  private static JsonNode schema;

  @BeforeAll
  static void load() throws IOException {
    schema = Json.read(Files.readString(Path.of("src/main/resources/schema/plan.schema.json")));
  }

  @Test
  void every_record_of_the_plan_and_every_schema_definition_have_the_same_fields_and_types() {
    List<String> problems = new ArrayList<>();
    Map<Class<?>, String> seen = new LinkedHashMap<>();
    compare(Plan.class, schema, "", seen, problems);
    assertThat(problems).as("where the schema and the plan's types differ").isEmpty();
    // The walk reached the whole plan, not just its top level.
    assertThat(seen).hasSizeGreaterThan(30);
  }

  @Test
  void the_check_sees_a_missing_renamed_or_retyped_field() {
    List<String> problems = new ArrayList<>();
    compare(Drifted.class, schema.at("/$defs/risk"), "/risks/*", new LinkedHashMap<>(), problems);
    assertThat(String.join("\n", problems))
        .contains("/risks/*/severity: a field of the record that the schema does not describe")
        .contains("/risks/*/rating: in the schema but not in the record")
        .contains("/risks/*/likelihood: the schema says wholeNumber")
        .contains("/risks/*/reviewDate: the schema says date");
  }

  /** A risk as it might drift: rating renamed, likelihood made money, review date made text. */
  record Drifted(
      String id,
      String hwb,
      String description,
      Money likelihood,
      Integer impact,
      Integer score,
      String severity,
      String mitigation,
      String owner,
      String level,
      String reviewDate) {}

  private static void compare(
      Class<?> type,
      JsonNode definition,
      String where,
      Map<Class<?>, String> seen,
      List<String> problems) {
    if (seen.containsKey(type)) {
      return;
    }
    seen.put(type, where);
    JsonNode properties = definition.path("properties");
    Set<String> inSchema = new TreeSet<>(properties.propertyNames());
    Set<String> inRecord = new TreeSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      inRecord.add(name);
      String at = where + "/" + name;
      JsonNode property = properties.get(name);
      if (property == null) {
        problems.add(at + ": a field of the record that the schema does not describe");
        continue;
      }
      compareValue(component.getGenericType(), property, at, seen, problems);
    }
    for (String name : inSchema) {
      if (!inRecord.contains(name) && !DOCUMENT_ONLY.contains(where + "/" + name)) {
        problems.add(where + "/" + name + ": in the schema but not in the record");
      }
    }
    Set<String> requiredInSchema = new TreeSet<>();
    definition.path("required").forEach(name -> requiredInSchema.add(name.asString()));
    Set<String> requiredByBinding = new TreeSet<>();
    if (PlanMixIns.ALL.containsKey(type)) {
      PlanMixIns.required(type).forEach(component -> requiredByBinding.add(component.getName()));
    }
    if (!requiredInSchema.equals(requiredByBinding)) {
      problems.add(
          (where.isEmpty() ? "/" : where)
              + ": the schema requires "
              + requiredInSchema
              + " but the reader requires "
              + requiredByBinding);
    }
    if (!definition.path("additionalProperties").isBoolean()
        || definition.path("additionalProperties").asBoolean()) {
      problems.add(where + ": the schema allows fields the record does not have");
    }
  }

  private static void compareValue(
      Type type, JsonNode property, String at, Map<Class<?>, String> seen, List<String> problems) {
    Class<?> raw = raw(type);
    Optional<String> ref = ref(property);
    if (VALUE_DEFS.containsKey(raw)) {
      if (ref.isEmpty() || !VALUE_DEFS.get(raw).contains(ref.get())) {
        problems.add(
            at
                + ": the schema says "
                + ref.orElse(describe(property))
                + " but the record holds "
                + raw.getSimpleName()
                + ", written as "
                + VALUE_DEFS.get(raw));
      }
      return;
    }
    if (raw == String.class) {
      boolean text =
          ref.map(r -> r.equals("requiredText")).orElse(false)
              || property.path("type").toString().contains("\"string\"")
              || property.path("type").asString("").equals("string")
              || property.path("anyOf").valueStream().anyMatch(c -> c.path("const").isString());
      if (!text) {
        problems.add(at + ": the schema says " + ref.orElse(describe(property)) + " for text");
      }
      return;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!property.path("type").toString().contains("boolean")) {
        problems.add(at + ": the schema says " + describe(property) + " for true or false");
      }
      return;
    }
    if (raw.isEnum()) {
      Set<String> words = new TreeSet<>();
      for (Object constant : raw.getEnumConstants()) {
        words.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      Set<String> allowed = new TreeSet<>();
      property
          .path("anyOf")
          .forEach(
              choice -> {
                if (choice.path("const").isString()) {
                  allowed.add(choice.get("const").asString());
                }
              });
      if (!allowed.equals(words)) {
        problems.add(
            at + ": the schema allows " + allowed + " but the record's choices are " + words);
      }
      return;
    }
    if (List.class.isAssignableFrom(raw)) {
      JsonNode items = property.path("items");
      if (items.isMissingNode()) {
        problems.add(at + ": the record holds a list but the schema says " + describe(property));
        return;
      }
      compareValue(argument(type, 0), items, at + "/*", seen, problems);
      return;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (ref.isPresent()) {
        property = schema.at("/$defs/" + ref.get());
      }
      JsonNode keys = property.path("propertyNames");
      JsonNode values = property.path("additionalProperties");
      Class<?> key = raw(argument(type, 0));
      Optional<String> keyRef = ref(keys);
      if (key == FinancialYear.class && !keyRef.equals(Optional.of("year"))) {
        problems.add(at + ": keyed by year in the record, not in the schema");
      } else if (key == Period.class && !keyRef.equals(Optional.of("period"))) {
        problems.add(at + ": keyed by period in the record, not in the schema");
      }
      if (!values.isObject()) {
        problems.add(at + ": the record holds a map but the schema says " + describe(property));
        return;
      }
      compareValue(argument(type, 1), values, at + "/*", seen, problems);
      return;
    }
    if (raw.isRecord()) {
      if (ref.isEmpty()) {
        problems.add(
            at + ": the record holds " + raw.getSimpleName() + " but the schema has no definition");
        return;
      }
      compare(raw, schema.at("/$defs/" + ref.get()), at, seen, problems);
      return;
    }
    problems.add(at + ": " + raw.getSimpleName() + " is a type this check does not know");
  }

  /** The definition a property refers to, directly or as the one choice besides null. */
  private static Optional<String> ref(JsonNode property) {
    if (property.has("$ref")) {
      return Optional.of(property.get("$ref").asString().replace("#/$defs/", ""));
    }
    List<String> refs = new ArrayList<>();
    property.path("anyOf").forEach(choice -> ref(choice).ifPresent(refs::add));
    return refs.size() == 1 ? Optional.of(refs.get(0)) : Optional.empty();
  }

  private static String describe(JsonNode property) {
    return property.has("type") ? "type " + property.get("type") : "an untyped value";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("cannot check " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException(type + " has no type arguments");
  }
}
