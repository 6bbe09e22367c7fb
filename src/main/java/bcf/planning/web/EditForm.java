package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.plan.json.DocumentPaths;
import bcf.plan.json.PlanSchema;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form over one part of a plan document, without Spring: which values it shows (sections of
 * columns, each named by a JSON pointer), how typed text becomes document values, and how a
 * submission (values, row counts, rows marked for removal) is laid over the stored document.
 *
 * <p>Every input is named by the JSON pointer of its value ({@code /contributions/3/actual}) and
 * has the HTML id {@link DocumentPaths#fieldId} of that pointer, so links to findings land on it.
 */
public final class EditForm {

  private EditForm() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** How a value is typed and stored. */
  public enum Kind {
    TEXT,
    TEXTAREA,
    MONEY,
    WHOLE,
    DECIMAL,
    DATE,
    YEAR,
    CHOICE,
    READ_ONLY,
    /** A share: "25%", a fraction from 0 to 1 ("0.25") or an exact fraction ("1/3"). */
    SHARE,
    /**
     * A percentage: "44%" or "44" (a bare number is a percentage here), stored as the fraction
     * 0.44; from 0% to 100%.
     */
    PERCENT;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean select() {
      return this == YEAR || this == CHOICE;
    }
  }

  /** A choice in a select. */
  public record Option(String value, String label) {}

  /**
   * One value of a row (or of the document, in a section without rows): {@code suffix} is the
   * pointer below the row without the leading slash ({@code actual}, {@code spend/2015-16/total}).
   */
  public record Column(
      String suffix,
      String label,
      Kind kind,
      List<Option> options,
      boolean required,
      ShownWhen shownWhen) {

    public Column(String suffix, String label, Kind kind, List<Option> options, boolean required) {
      this(suffix, label, kind, options, required, null);
    }

    public static Column of(String suffix, String label, Kind kind) {
      return new Column(suffix, label, kind, List.of(), false);
    }

    public static Column choice(String suffix, String label, List<Option> options) {
      return new Column(suffix, label, Kind.CHOICE, options, false);
    }

    public Column mandatory() {
      return new Column(suffix, label, kind, options, true, shownWhen);
    }

    /**
     * The field at {@code suffix} below the rows at {@code rows} as the plan's schema describes it:
     * its title, kind, whether required and its fixed choices.
     */
    static Column described(String rows, String suffix) {
      PlanSchema.Field field = PlanSchema.get().field(rows, suffix);
      Kind kind =
          switch (field.type()) {
            case MONEY -> Kind.MONEY;
            case DECIMAL, SHARE -> Kind.DECIMAL;
            case WHOLE -> Kind.WHOLE;
            case DATE -> Kind.DATE;
            case YEAR -> Kind.YEAR;
            case CHOICE -> Kind.CHOICE;
            case TEXT, PERIOD -> Kind.TEXT;
            case TRUE_OR_FALSE, LIST, GROUP ->
                throw new IllegalArgumentException(
                    rows + "/" + suffix + " is not a single value a form can edit");
          };
      List<Option> options =
          field.choices().stream().map(c -> new Option(c.value(), c.title())).toList();
      return new Column(suffix, field.title(), kind, options, field.required());
    }

    /** The same field in a box for long text. */
    Column multiline() {
      return new Column(suffix, label, Kind.TEXTAREA, options, required, shownWhen);
    }

    /** The same field shown, not edited (so not checked either). */
    Column readOnly() {
      return new Column(suffix, label, Kind.READ_ONLY, options, false, shownWhen);
    }

    /**
     * The same field chosen from a list that comes from the plan or its round (its organisations,
     * the round's funding streams); a year stays a year.
     */
    Column choosing(List<Option> choices) {
      return new Column(
          suffix, label, kind == Kind.YEAR ? kind : Kind.CHOICE, choices, required, shownWhen);
    }

    /**
     * The same field offered a list: a whole number (a likelihood from 1 to 5) stays a number
     * chosen from the list; text keeps free typing with the list as suggestions.
     */
    Column listed(List<Option> choices) {
      return new Column(suffix, label, kind, choices, required, shownWhen);
    }

    /** The same field read as a share: a percentage, a fraction from 0 to 1, or "1/3". */
    Column asShare() {
      return new Column(suffix, label, Kind.SHARE, options, required, shownWhen);
    }

    /** The same field under another title, where the page words it for its context. */
    Column titled(String title) {
      return new Column(suffix, title, kind, options, required, shownWhen);
    }

    /**
     * The same field shown only on the rows {@code condition} picks (population shares on an ICB's
     * row, not a council's); the others leave its value as stored.
     */
    Column shownWhen(ShownWhen condition) {
      return new Column(suffix, label, kind, options, required, condition);
    }

    /**
     * Whether this field is shown on a row: {@code stored} is the row as stored (or the starting
     * row), {@code sent} the submitted values, {@code rowPointer} the row's pointer in the form.
     */
    boolean shownOn(JsonNode stored, Map<String, String> sent, String rowPointer) {
      if (shownWhen == null) {
        return true;
      }
      String typed = sent.get(rowPointer + "/" + suffix);
      return (typed != null && !typed.isBlank()) || shownWhen.test(stored, sent, rowPointer);
    }

    /** The label inside a sentence: "Actual" becomes "actual", "HWB" stays. */
    String noun() {
      if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
        return label;
      }
      return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
  }

  /**
   * Which rows show a column: those whose value at {@code suffix} (as sent, else as stored) is one
   * of {@code values}, and every row that holds something under {@code heldUnder}, so a value
   * stored on a row of another kind (from an imported document) is shown and kept, never hidden and
   * lost.
   */
  public record ShownWhen(String suffix, Set<String> values, String heldUnder) {

    boolean test(JsonNode stored, Map<String, String> sent, String rowPointer) {
      String chosen = sent.get(rowPointer + "/" + suffix);
      if (chosen == null) {
        chosen = stored.at("/" + suffix).asString("");
      }
      if (values.contains(chosen.strip())) {
        return true;
      }
      JsonNode held = stored.at("/" + heldUnder);
      return !held.isMissingNode() && !held.isNull() && !(held.isContainer() && held.isEmpty());
    }
  }

  /**
   * A group of values. With {@code pointer} empty the columns are single values of the document
   * ({@code title}, {@code source/notes}); otherwise {@code pointer} names an array and each column
   * is a value of each of its rows. {@code stacked} rows are shown one block each (long text), the
   * others as a table; {@code addable} rows can be added.
   */
  public record Section(
      String pointer,
      String heading,
      String rowNoun,
      List<Column> columns,
      boolean stacked,
      boolean addable,
      List<ObjectNode> starters,
      String idFrom) {

    public Section(
        String pointer,
        String heading,
        String rowNoun,
        List<Column> columns,
        boolean stacked,
        boolean addable) {
      this(pointer, heading, rowNoun, columns, stacked, addable, List.of(), null);
    }

    /**
     * The same section offering rows after the stored ones, filled in as given (a round's narrative
     * section with its key and title): kept only once someone types into them.
     */
    public Section startingWith(List<ObjectNode> rows) {
      return new Section(pointer, heading, rowNoun, columns, stacked, addable, rows, idFrom);
    }

    /**
     * The same section giving each row without an {@code id} one made from the value at {@code
     * suffix} (its name): unique in the section and kept once made, so nobody invents ids.
     */
    public Section identifiedBy(String suffix) {
      return new Section(pointer, heading, rowNoun, columns, stacked, addable, starters, suffix);
    }

    public boolean rows() {
      return !pointer.isEmpty();
    }

    public String id() {
      if (rows()) {
        return DocumentPaths.fieldId(pointer);
      }
      // a page may have several sections of single values (finance): each its own id
      return columns.isEmpty()
          ? "f-main"
          : DocumentPaths.fieldId("/" + columns.get(0).suffix()) + "-section";
    }

    int depth() {
      return pointer.split("/").length;
    }
  }

  /**
   * What the form sent: values by pointer, the number of rows shown per section pointer, and the
   * pointers of rows marked for removal.
   */
  public record Submission(
      Map<String, String> values, Map<String, Integer> rows, Set<String> removed) {

    public static Submission empty() {
      return new Submission(Map.of(), Map.of(), Set.of());
    }

    /** The same submission with one more row shown in a section. */
    public Submission withExtraRow(String sectionPointer, int shownNow) {
      Map<String, Integer> more = new HashMap<>(rows);
      more.put(sectionPointer, shownNow + 1);
      return new Submission(values, more, removed);
    }
  }

  /** The document with the submission laid over it, the errors by pointer, and the kept rows. */
  public record Outcome(
      ObjectNode document, Map<String, String> errors, Map<String, List<Integer>> keptRows) {

    public boolean valid() {
      return errors.isEmpty();
    }

    /**
     * The form's pointer for a pointer into the saved document: row numbers change when rows are
     * removed or blank new rows dropped.
     */
    public String formPointer(String documentPointer) {
      String pointer = documentPointer;
      List<String> sections = new ArrayList<>(keptRows.keySet());
      sections.sort(Comparator.comparingInt(p -> p.split("/").length));
      for (String section : sections) {
        String prefix = section + "/";
        if (!pointer.startsWith(prefix)) {
          continue;
        }
        String rest = pointer.substring(prefix.length());
        int slash = rest.indexOf('/');
        String index = slash < 0 ? rest : rest.substring(0, slash);
        try {
          int i = Integer.parseInt(index);
          List<Integer> kept = keptRows.get(section);
          if (i >= 0 && i < kept.size()) {
            pointer = prefix + kept.get(i) + (slash < 0 ? "" : rest.substring(slash));
          }
        } catch (NumberFormatException e) {
          // not a row of this section
        }
      }
      return pointer;
    }
  }

  /** Lays a submission over a copy of {@code base}; nothing in {@code base} changes. */
  public static Outcome apply(ObjectNode base, List<Section> sections, Submission submission) {
    ObjectNode document = base.deepCopy();
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, List<Integer>> kept = new LinkedHashMap<>();
    List<Section> deepestFirst = new ArrayList<>(sections);
    deepestFirst.sort(Comparator.comparingInt(Section::depth).reversed());
    for (Section section : deepestFirst) {
      if (!section.rows()) {
        for (Column column : section.columns()) {
          String pointer = "/" + column.suffix();
          String raw = submission.values().get(pointer);
          if (raw != null) {
            applyValue(document, column.suffix(), column, raw, pointer, errors);
          }
        }
        continue;
      }
      JsonNode at = document.at(section.pointer());
      ArrayNode existing = at.isArray() ? (ArrayNode) at : NODES.arrayNode();
      int count =
          submission
              .rows()
              .getOrDefault(section.pointer(), existing.size() + section.starters().size());
      ArrayNode rows = NODES.arrayNode();
      List<Integer> keptHere = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String rowPointer = section.pointer() + "/" + i;
        if (submission.removed().contains(rowPointer)) {
          continue;
        }
        boolean added = i >= existing.size();
        ObjectNode starter = starter(section, i - existing.size());
        ObjectNode row =
            !added && existing.get(i).isObject()
                ? (ObjectNode) existing.get(i).deepCopy()
                : starter.deepCopy();
        Map<String, String> rowErrors = new LinkedHashMap<>();
        boolean typed = false;
        for (Column column : section.columns()) {
          String pointer = rowPointer + "/" + column.suffix();
          String raw = submission.values().get(pointer);
          if (raw == null) {
            continue;
          }
          // a value a starting row already had (its title) is not typed
          typed |=
              !raw.isBlank()
                  && !raw.strip()
                      .equals(display(column, starter.at("/" + column.suffix())).strip());
          applyValue(row, column.suffix(), column, raw, pointer, rowErrors);
        }
        if (added && !typed) {
          continue; // a blank row added but not filled in
        }
        for (Column column : section.columns()) {
          String pointer = rowPointer + "/" + column.suffix();
          if (column.required() && !rowErrors.containsKey(pointer)) {
            JsonNode value = row.at("/" + column.suffix());
            if (value.isMissingNode() || value.isNull()) {
              rowErrors.put(pointer, "Enter " + column.noun());
            }
          }
        }
        errors.putAll(rowErrors);
        rows.add(row);
        keptHere.add(i);
      }
      kept.put(section.pointer(), keptHere);
      if (section.idFrom() != null) {
        identify(rows, existing, section);
      }
      if (rows.isEmpty() && at.isMissingNode()) {
        continue;
      }
      int slash = section.pointer().lastIndexOf('/');
      JsonNode parent = slash == 0 ? document : document.at(section.pointer().substring(0, slash));
      if (parent.isObject()) {
        ((ObjectNode) parent).set(section.pointer().substring(slash + 1), rows);
      } else if (parent.isMissingNode() || parent.isNull()) {
        // rows inside an object the document does not hold yet (a first risk share)
        setAt(document, section.pointer().substring(1), rows);
      }
    }
    // errors inside rows that were removed do not count
    errors
        .keySet()
        .removeIf(p -> submission.removed().stream().anyMatch(r -> p.startsWith(r + "/")));
    return new Outcome(document, errors, kept);
  }

  /** The section's {@code index}th starting row, or an empty row beyond them. */
  static ObjectNode starter(Section section, int index) {
    return index >= 0 && index < section.starters().size()
        ? section.starters().get(index)
        : NODES.objectNode();
  }

  /**
   * Gives each row without an id one made from its name: lower-case words joined by hyphens, unique
   * among the ids the rows have and had (a removed row's id is not reused, so nothing that named it
   * comes to name another).
   */
  private static void identify(ArrayNode rows, ArrayNode existing, Section section) {
    Set<String> taken = new java.util.HashSet<>();
    for (JsonNode row : existing) {
      taken.add(row.path("id").asString(""));
    }
    for (JsonNode row : rows) {
      taken.add(row.path("id").asString(""));
    }
    for (JsonNode node : rows) {
      if (!node.isObject() || !node.path("id").asString("").isBlank()) {
        continue;
      }
      String base = slug(node.path(section.idFrom()).asString(""));
      if (base.isEmpty()) {
        base = slug(section.rowNoun());
      }
      String id = base;
      for (int n = 2; taken.contains(id); n++) {
        id = base + "-" + n;
      }
      taken.add(id);
      ((ObjectNode) node).put("id", id);
    }
  }

  /** "Home First (Discharge to Assess)" becomes {@code home-first-discharge-to-assess}. */
  static String slug(String name) {
    String slug =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      int cut = slug.lastIndexOf('-', 40);
      slug = slug.substring(0, cut > 10 ? cut : 40).replaceAll("-+$", "");
    }
    return slug;
  }

  private static void applyValue(
      ObjectNode target,
      String suffix,
      Column column,
      String raw,
      String pointer,
      Map<String, String> errors) {
    if (column.kind() == Kind.READ_ONLY) {
      return;
    }
    JsonNode stored = target.at("/" + suffix);
    if (stored.isString() && stored.asString().equals(raw)) {
      return; // unchanged (a value from before the list of choices, say)
    }
    try {
      JsonNode value = convert(column, raw);
      if (value == null) {
        removeAt(target, suffix);
      } else {
        setAt(target, suffix, value);
      }
    } catch (IllegalArgumentException e) {
      errors.put(pointer, e.getMessage());
    }
  }

  /**
   * The document value for typed text: null for blank (the value is removed).
   *
   * @throws IllegalArgumentException with the message to show beside the field
   */
  public static JsonNode convert(Column column, String raw) {
    String text = raw == null ? "" : raw.replace("\r\n", "\n");
    if (text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    switch (column.kind()) {
      case MONEY:
        return NODES.numberNode(money(trimmed, column.noun()));
      case WHOLE:
        {
          String plain = trimmed.replace(",", "");
          if (!WHOLE.matcher(plain).matches()) {
            throw new IllegalArgumentException(
                "Enter " + column.noun() + " as a whole number, like 3");
          }
          if (!column.options().isEmpty()
              && column.options().stream().noneMatch(o -> o.value().equals(plain))) {
            throw new IllegalArgumentException("Choose " + column.noun() + " from the list");
          }
          return NODES.numberNode(Integer.parseInt(plain));
        }
      case DECIMAL:
        {
          String plain = trimmed.replace(",", "");
          if (!DECIMAL.matcher(plain).matches()) {
            throw new IllegalArgumentException(
                "Enter " + column.noun() + " as a number, like 673.5");
          }
          return NODES.numberNode(new BigDecimal(plain));
        }
      case DATE:
        try {
          return NODES.stringNode(LocalDate.parse(trimmed).toString());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "Enter " + column.noun() + " as a date written like 2014-02-14");
        }
      case YEAR:
        if (!FinancialYear.isValid(trimmed)) {
          throw new IllegalArgumentException(
              "Choose " + column.noun() + " from the list of years, like 2015-16");
        }
        return NODES.stringNode(trimmed);
      case SHARE:
        return share(trimmed, column.noun());
      case PERCENT:
        return percent(trimmed, column.noun());
      case CHOICE:
        if (!column.options().isEmpty()
            && column.options().stream().noneMatch(o -> o.value().equals(trimmed))) {
          throw new IllegalArgumentException("Choose " + column.noun() + " from the list");
        }
        return NODES.stringNode(trimmed);
      default:
        return NODES.stringNode(text);
    }
  }

  private static final Pattern FRACTION =
      Pattern.compile("\\s*\\d+(\\.\\d+)?\\s*/\\s*\\d+(\\.\\d+)?\\s*");

  /**
   * A share as the document holds it: "25%" is 0.25, "0.25" stays 0.25 (a fraction from 0 to 1, as
   * the seeds write it), "1/3" stays an exact fraction; anything above 100% is refused.
   */
  static JsonNode share(String text, String noun) {
    String message =
        "Enter " + noun + " as a percentage from 0% to 100%, like 25%, or a fraction like 1/3";
    String plain = text.strip().replace(" ", "");
    if (FRACTION.matcher(plain).matches()) {
      String[] parts = plain.split("/");
      BigDecimal top = new BigDecimal(parts[0]);
      BigDecimal bottom = new BigDecimal(parts[1]);
      if (bottom.signum() == 0 || top.compareTo(bottom) > 0) {
        throw new IllegalArgumentException(message);
      }
      return NODES.stringNode(parts[0] + "/" + parts[1]);
    }
    boolean percent = plain.endsWith("%");
    String number = percent ? plain.substring(0, plain.length() - 1) : plain;
    if (!DECIMAL.matcher(number).matches()) {
      throw new IllegalArgumentException(message);
    }
    BigDecimal value = new BigDecimal(number);
    if (percent) {
      value = value.movePointLeft(2);
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(message);
    }
    return NODES.numberNode(value.stripTrailingZeros());
  }

  /**
   * A percentage as the document holds it, a fraction: "44%" and "44" are both 0.44, "12.5%" is
   * 0.125; below 0% or above 100% is refused.
   */
  static JsonNode percent(String text, String noun) {
    String plain = text.strip().replace(" ", "");
    String number = plain.endsWith("%") ? plain.substring(0, plain.length() - 1) : plain;
    if (!DECIMAL.matcher(number).matches()) {
      throw new IllegalArgumentException(
          "Enter " + noun + " as a percentage from 0% to 100%, like 44%");
    }
    BigDecimal value = new BigDecimal(number);
    if (value.signum() < 0 || value.compareTo(new BigDecimal(100)) > 0) {
      throw new IllegalArgumentException(
          "Enter " + noun + " as a percentage from 0% to 100%, like 44%");
    }
    return NODES.numberNode(value.movePointLeft(2).stripTrailingZeros());
  }

  /** An amount in pounds: "1,244,000", "£1,244,000" and "1244000.50" all read. */
  public static BigDecimal money(String text, String noun) {
    String plain = text.strip().replace("£", "").replace(",", "").replace(" ", "");
    if (!MONEY.matcher(plain).matches()) {
      if (plain.startsWith("-") && MONEY.matcher(plain.substring(1)).matches()) {
        throw new IllegalArgumentException("Enter " + noun + " as £0 or more");
      }
      throw new IllegalArgumentException(
          "Enter " + noun + " as an amount in pounds, like 1,244,000");
    }
    return new BigDecimal(plain);
  }

  /** The text a document value is shown as in its input. */
  public static String display(Column column, JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      if (column.kind() == Kind.SHARE || column.kind() == Kind.PERCENT) {
        return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      }
      if (column.kind() == Kind.MONEY) {
        DecimalFormat format =
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(number);
      }
      return number.stripTrailingZeros().toPlainString();
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    return value.toString();
  }

  static void setAt(ObjectNode target, String suffix, JsonNode value) {
    String[] names = suffix.split("/");
    ObjectNode node = target;
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode child = node.get(names[i]);
      if (child == null || !child.isObject()) {
        child = NODES.objectNode();
        node.set(names[i], child);
      }
      node = (ObjectNode) child;
    }
    node.set(names[names.length - 1], value);
  }

  /** Removes the value and then any objects left empty on the way to it. */
  static void removeAt(ObjectNode target, String suffix) {
    String[] names = suffix.split("/");
    List<ObjectNode> path = new ArrayList<>();
    ObjectNode node = target;
    path.add(node);
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode child = node.get(names[i]);
      if (child == null || !child.isObject()) {
        return;
      }
      node = (ObjectNode) child;
      path.add(node);
    }
    if (!node.has(names[names.length - 1])) {
      return; // nothing to remove: leave the objects on the way as they are
    }
    node.remove(names[names.length - 1]);
    for (int i = path.size() - 1; i > 0; i--) {
      if (path.get(i).isEmpty()) {
        path.get(i - 1).remove(names[i - 1]);
      } else {
        break;
      }
    }
  }
}
