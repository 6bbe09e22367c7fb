package bcf.planning.web;

import bcf.plan.json.PlanSchema;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A change to a plan in words, as a signatory reads it: the thing and the field ("Scheme 'Home
 * first': spend 2017-18 recurrent") and the values formatted (money in pounds), never a JSON
 * pointer. Rows are named from the document they are in; fields by the plan's schema.
 */
final class ChangeWords {

  /** What a row of each list is called. */
  private static final Map<String, String> NOUNS =
      Map.ofEntries(
          Map.entry("hwbs", "HWB"),
          Map.entry("organisations", "Organisation"),
          Map.entry("dates", "Date"),
          Map.entry("contributions", "Contribution"),
          Map.entry("schemes", "Scheme"),
          Map.entry("contingency", "Contingency – line"),
          Map.entry("nationalConditions", "National condition"),
          Map.entry("metrics", "Metric"),
          Map.entry("targets", "target"),
          Map.entry("actuals", "actual"),
          Map.entry("risks", "Risk"),
          Map.entry("signOffs", "Sign-off"),
          Map.entry("narrative", "Narrative section"),
          Map.entry("versions", "Version"),
          Map.entry("declared", "Declared figure"),
          Map.entry("explanations", "Explanation"),
          Map.entry("pools", "pool"),
          Map.entry("riskShares", "risk share"),
          Map.entry("passThrough", "DFG pass-through"),
          Map.entry("allocation", "DFG allocation"),
          Map.entry("purposes", "purpose"),
          Map.entry("spend", "area of spend"),
          Map.entry("schedule", "payment"),
          Map.entry("byHwb", "HWB"));

  /**
   * The groups of fields that hold lists, as the thing a row of theirs belongs to ("Payment for
   * performance – payment 'April 2015'"); the DFG's lists say DFG already.
   */
  private static final Map<String, String> GROUPS =
      Map.of(
          "paymentForPerformance", "Payment for performance",
          "ibcf", "iBCF",
          "pooledBudget", "Pooled budget",
          "outOfHospital", "Out-of-hospital spend");

  /** Fields holding a fraction (0.25), said as a percentage. */
  private static final java.util.Set<String> FRACTIONS =
      java.util.Set.of(
          "share",
          "uplift",
          "retainedShare",
          "populationShares",
          "plannedReductionPercent",
          "regionalPercentMet");

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The fields that name a row, in order of preference. */
  private static final List<String> NAMING_FIELDS =
      List.of(
          "name",
          "title",
          "purpose",
          "areaOfSpend",
          "description",
          "onBehalfOfName",
          "payment",
          "periodLabel",
          "period");

  private static final int LONGEST_NAME = 48;
  private static final int LONGEST_VALUE = 300;

  private ChangeWords() {}

  /** A change in words: what changed, and the old and new values as text. */
  record Words(String what, String oldValue, String newValue) {
    /**
     * Financial years as people and the findings write them: "2017/18", not the data's "2017-18".
     */
    Words {
      what = what == null ? null : YEAR.matcher(what).replaceAll("$1/$2");
    }
  }

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})\\b");

  /**
   * Names a row of a list ({@code list} is the list's field name) where the row's own fields hold
   * only a code, such as a national condition or a contribution; empty to name it as usual.
   */
  interface RowNames {
    RowNames NONE = (list, row) -> java.util.Optional.empty();

    java.util.Optional<String> name(String list, JsonNode row);

    /** A value of {@code field} that is a code or id ({@code host: "wcc"}), by its name. */
    default java.util.Optional<String> value(String field, String code) {
      return java.util.Optional.empty();
    }

    /** A map's key that is an id ({@code populationShares/warwickshire}), by its name. */
    default java.util.Optional<String> key(String key) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Describes the change at {@code pointer} (a JSON pointer into the plan document). {@code after}
   * is the document the change led to and {@code before} the one it came from; rows are named from
   * whichever holds them.
   */
  static Words of(
      String pointer, JsonNode oldValue, JsonNode newValue, JsonNode before, JsonNode after) {
    return of(pointer, oldValue, newValue, before, after, DocumentNames.of(null, after, before));
  }

  /**
   * As {@link #of(String, JsonNode, JsonNode, JsonNode, JsonNode)}, naming rows by {@code names}.
   */
  static Words of(
      String pointer,
      JsonNode oldValue,
      JsonNode newValue,
      JsonNode before,
      JsonNode after,
      RowNames names) {
    List<String> steps = new ArrayList<>();
    for (String step : pointer.split("/")) {
      if (!step.isEmpty()) {
        steps.add(step.replace("~1", "/").replace("~0", "~"));
      }
    }
    List<String> things = new ArrayList<>();
    StringBuilder rows = new StringBuilder();
    JsonNode inAfter = after;
    JsonNode inBefore = before;
    int i = 0;
    while (true) {
      // A list is either the next step or below a group of fields (dfg/allocation/4).
      int list = i + 1 < steps.size() && steps.get(i + 1).matches("\\d+") ? i : i + 1;
      if (list + 1 >= steps.size() || !steps.get(list + 1).matches("\\d+")) {
        break;
      }
      if (list > i) {
        rows.append('/').append(steps.get(i));
        inAfter = inAfter == null ? null : inAfter.get(steps.get(i));
        inBefore = inBefore == null ? null : inBefore.get(steps.get(i));
      }
      String listName = steps.get(list);
      int index = Integer.parseInt(steps.get(list + 1));
      JsonNode row = at(inAfter, listName, index);
      if (row == null) {
        row = at(inBefore, listName, index);
      }
      String noun = NOUNS.getOrDefault(listName, words(listName));
      String name = names.name(listName, row).map(n -> "'" + n + "'").orElse(name(row, index));
      String group = list > i && things.isEmpty() ? GROUPS.get(steps.get(i)) : null;
      if (group != null) {
        things.add(group + " – " + noun + " " + name);
      } else {
        things.add(things.isEmpty() ? capitalised(noun) + " " + name : noun + " " + name);
      }
      rows.append('/').append(listName).append('/').append(index);
      inAfter = at(inAfter, listName, index);
      inBefore = at(inBefore, listName, index);
      i = list + 2;
    }
    String suffix = String.join("/", steps.subList(i, steps.size()));
    String thing = String.join(", ", things);
    if (suffix.isEmpty()) {
      // A whole row added or removed.
      String what = thing.isEmpty() ? "The plan" : thing;
      return new Words(
          what,
          oldValue == null || oldValue.isNull() ? "(none)" : "present",
          newValue == null || newValue.isNull() ? "removed" : "added");
    }
    PlanSchema.Field field = field(rows.toString(), suffix);
    String fieldTitle =
        withoutRepeat(field == null ? words(suffix.replace('/', ' ')) : field.title());
    List<String> fieldSteps = steps.subList(i, steps.size());
    String last = fieldSteps.get(fieldSteps.size() - 1);
    // A map keyed by an id ("populationShares/warwickshire") is said with the name.
    java.util.Optional<String> keyName =
        fieldSteps.size() > 1 ? names.key(last) : java.util.Optional.empty();
    if (keyName.isPresent() && fieldTitle.endsWith(" " + last)) {
      fieldTitle =
          fieldTitle.substring(0, fieldTitle.length() - last.length() - 1)
              + " for "
              + keyName.get();
    }
    // A figure per year or period ("amounts/2017-18") is the figure for that year.
    if (keyName.isEmpty()
        && fieldSteps.size() > 1
        && last.matches("\\d{4}-\\d{2}.*")
        && fieldTitle.endsWith(" " + last)) {
      fieldTitle = fieldTitle.substring(0, fieldTitle.length() - last.length()) + "for " + last;
    }
    String what = thing.isEmpty() ? fieldTitle : thing + ": " + lowerFirst(fieldTitle);
    boolean fraction = fieldSteps.stream().anyMatch(FRACTIONS::contains);
    return new Words(
        what,
        value(oldValue, field, last, fraction, names),
        value(newValue, field, last, fraction, names));
  }

  /** A value as people read it, codes by their names and fractions as percentages. */
  private static String value(
      JsonNode node, PlanSchema.Field field, String fieldName, boolean fraction, RowNames names) {
    if (node != null && node.isString()) {
      java.util.Optional<String> named = names.value(fieldName, node.asString());
      if (named.isPresent()) {
        return named.get();
      }
      if (field != null && field.type() == PlanSchema.Type.DATE) {
        try {
          return DAY.format(java.time.LocalDate.parse(node.asString().strip()));
        } catch (java.time.format.DateTimeParseException e) {
          return node.asString();
        }
      }
    }
    if (node != null
        && node.isNumber()
        && (fraction || (field != null && field.type() == PlanSchema.Type.SHARE))) {
      return node.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
    return value(node, field);
  }

  private static PlanSchema.Field field(String rows, String suffix) {
    try {
      return PlanSchema.get().field(rows, suffix);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static JsonNode at(JsonNode node, String list, int index) {
    if (node == null) {
      return null;
    }
    JsonNode rows = node.get(list);
    if (rows == null || !rows.isArray() || index >= rows.size()) {
      return null;
    }
    return rows.get(index);
  }

  /** A row's name in quotes, or its number. */
  private static String name(JsonNode row, int index) {
    if (row != null && row.isObject()) {
      for (String field : NAMING_FIELDS) {
        JsonNode value = row.get(field);
        if (value != null && value.isValueNode() && !value.asString("").isBlank()) {
          String text = value.asString().strip();
          if (text.length() > LONGEST_NAME) {
            text = text.substring(0, LONGEST_NAME - 3).strip() + "...";
          }
          return "'" + text + "'";
        }
      }
    }
    return "number " + (index + 1);
  }

  /** A value as people read it: money in pounds, text as written, blank as (blank). */
  static String value(JsonNode node, PlanSchema.Field field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "(blank)";
    }
    if (node.isNumber() && field != null && field.type() == PlanSchema.Type.MONEY) {
      return pounds(node.decimalValue());
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? "Yes" : "No";
    }
    if (node.isString()) {
      String text = node.asString();
      if (field != null) {
        for (PlanSchema.Choice choice : field.choices()) {
          if (choice.value().equals(text)) {
            return choice.title();
          }
        }
      }
      return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 3) + "..." : text;
    }
    if (node.isArray()) {
      return node.size() == 1 ? "1 entry" : node.size() + " entries";
    }
    return "(a group of values)";
  }

  static String pounds(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat(
            amount.stripTrailingZeros().scale() > 0 ? "£#,##0.00" : "£#,##0",
            DecimalFormatSymbols.getInstance(Locale.UK));
    return format.format(amount);
  }

  /** {@code nonRecurrent} as "non recurrent". */
  private static String words(String code) {
    String spaced = code.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    return capitalised(spaced);
  }

  /** "Out-of-hospital spend spend", composed from a group's title and its field's, said once. */
  private static String withoutRepeat(String title) {
    String[] words = title.split(" ");
    int n = words.length;
    if (n >= 2 && words[n - 1].equalsIgnoreCase(words[n - 2])) {
      return title.substring(0, title.length() - words[n - 1].length() - 1);
    }
    return title;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lowerFirst(String title) {
    if (title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
      return title;
    }
    return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
