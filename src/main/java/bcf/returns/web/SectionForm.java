package bcf.returns.web;

import bcf.plan.Scheme;
import bcf.returns.ReturnPart;
import bcf.returns.ReturnWords;
import bcf.returns.store.ReturnService.ReturnView;
import bcf.round.ConditionDefinition;
import bcf.round.ReturnsDefinition.Hicm;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One section of a return as a form for people: groups of fields (a row of the section each, named
 * in words: a board and a condition, a scheme, a metric), every coded value a choice shown in
 * words, amounts in pounds and dates as day, month and year. Reads the posted form back into the
 * section's JSON, keeping what the form does not show, and says which field a broken rule's place
 * (such as {@code nationalConditions[2].expectedDate}) is.
 */
final class SectionForm {

  /** A choice of a list: the value sent and the words shown. */
  public record Choice(String value, String label) {}

  /**
   * A field: its name (also its id), label, kind ({@code text}, {@code textarea}, {@code select},
   * {@code money}, {@code count}, {@code date}), the choices of a select and its value (a date's as
   * day, month, year).
   */
  public record Field(
      String name, String label, String kind, List<Choice> choices, String value, String[] date) {

    public String day() {
      return date == null ? "" : date[0];
    }

    public String month() {
      return date == null ? "" : date[1];
    }

    public String year() {
      return date == null ? "" : date[2];
    }

    /** The id a link from the error summary goes to. */
    public String anchor() {
      return kind.equals("date") ? name + "-day" : name;
    }
  }

  /** A row of the section: its heading in words and its fields. */
  public record Group(String heading, List<Field> fields) {}

  /** The section's rows: the JSON row each started from (or a new one) and its heading. */
  private record Row(ObjectNode node, String heading, boolean existing) {}

  /** An amount no fund comes near; larger ones are refused before they are formatted. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern WHERE =
      Pattern.compile("^[A-Za-z]+(?:\\.schemes)?\\[(\\d+)]\\.(\\w+)");

  private static final List<Choice> CONDITION_STATUSES =
      List.of(
          new Choice("", "Not reported"),
          new Choice("met", "Met"),
          new Choice("partly-met", "Partly met"),
          new Choice("not-met", "Not met"));
  private static final List<Choice> PROGRESS =
      List.of(
          new Choice("", "Not stated"),
          new Choice("on-track", "On track"),
          new Choice("not-on-track", "Not on track"),
          new Choice("data-not-available", "Data not available"));
  private static final List<Choice> ARRANGEMENTS =
      List.of(
          new Choice("", "Not stated"),
          new Choice("pooled", "Pooled"),
          new Choice("aligned", "Aligned"),
          new Choice("host-managed", "Managed by a host organisation"));
  private static final List<Choice> YES_NO =
      List.of(new Choice("", "Not stated"), new Choice("yes", "Yes"), new Choice("no", "No"));

  /** The sections a page edits; the assurer's view is given on its own page. */
  static final List<ReturnPart> ON_PAGES =
      List.of(
          ReturnPart.BUDGET_ARRANGEMENTS,
          ReturnPart.NATIONAL_CONDITIONS,
          ReturnPart.METRIC_PROGRESS,
          ReturnPart.INCOME_AND_EXPENDITURE,
          ReturnPart.PAYMENT_FOR_PERFORMANCE,
          ReturnPart.HIGH_IMPACT_CHANGE_MODEL,
          ReturnPart.NARRATIVE);

  private final ReturnView view;
  private final ReturnPart part;
  private final ObjectNode document;
  private final List<Row> rows = new ArrayList<>();

  /** For each row of the saved list, the form's row it came from. */
  private final List<Integer> savedRows = new ArrayList<>();

  /** The income lines (income and expenditure only), as the version the form was opened at. */
  private final List<ObjectNode> incomeRows = new ArrayList<>();

  /** For each income line saved, the form's income row it came from. */
  private final List<Integer> savedIncome = new ArrayList<>();

  private static final List<String> INCOME_FIELDS =
      List.of(
          "source",
          "organisation",
          "description",
          "plan",
          "actualToDate",
          "forecastOutturn",
          "forecastNote");
  private static final Pattern INCOME_WHERE =
      Pattern.compile("^incomeAndExpenditure\\.income\\[(\\d+)]\\.(\\w+)");

  SectionForm(ReturnView view, ReturnPart part) {
    this.view = view;
    this.part = part;
    this.document = (ObjectNode) bcf.json.Json.read(view.json());
    buildRows();
  }

  ReturnPart part() {
    return part;
  }

  /** The sections of the return's round that a page edits, in the round's order. */
  static List<ReturnPart> sections(ReturnView view) {
    List<ReturnPart> parts = new ArrayList<>();
    for (String code : view.round().returns().sections()) {
      ReturnPart.of(code).filter(ON_PAGES::contains).ifPresent(parts::add);
    }
    return parts;
  }

  private void buildRows() {
    switch (part) {
      case NATIONAL_CONDITIONS -> {
        ArrayNode list = array(document.path("nationalConditions"));
        List<String> keys = new ArrayList<>();
        for (JsonNode n : list) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          keys.add(key(text(row, "hwb"), text(row, "condition"), text(row, "subItem")));
          rows.add(new Row(row, conditionHeading(row), true));
        }
        for (String hwb : view.content().hwbs()) {
          for (ConditionDefinition c : view.round().nationalConditions()) {
            List<String> items =
                c.subItems().isEmpty()
                    ? java.util.Collections.singletonList(null)
                    : c.subItems().stream().map(s -> s.code()).toList();
            for (String item : items) {
              if (!keys.contains(key(hwb, c.code(), item))) {
                ObjectNode row = F.objectNode();
                row.put("hwb", hwb);
                row.put("condition", c.code());
                if (item != null) {
                  row.put("subItem", item);
                }
                rows.add(new Row(row, conditionHeading(row), false));
              }
            }
          }
        }
      }
      case METRIC_PROGRESS -> {
        for (JsonNode n : array(document.path("metrics"))) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          rows.add(
              new Row(
                  row, view.metricName(text(row, "metric")) + hwbSuffix(text(row, "hwb")), true));
        }
      }
      case INCOME_AND_EXPENDITURE -> {
        for (JsonNode n : array(document.path("incomeAndExpenditure").path("expenditure"))) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          rows.add(new Row(row, schemeName(text(row, "scheme"), text(row, "description")), true));
        }
        for (JsonNode n : array(document.path("incomeAndExpenditure").path("income"))) {
          incomeRows.add((ObjectNode) n.deepCopy());
        }
      }
      case BUDGET_ARRANGEMENTS -> {
        List<String> schemes = new ArrayList<>();
        for (JsonNode n : array(document.path("budgetArrangements").path("schemes"))) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          schemes.add(text(row, "scheme"));
          rows.add(new Row(row, schemeName(text(row, "scheme"), null), true));
        }
        for (Scheme s : view.plan().schemes()) {
          if (!schemes.contains(s.id())) {
            ObjectNode row = F.objectNode();
            row.put("scheme", s.id());
            rows.add(new Row(row, schemeName(s.id(), null), false));
          }
        }
      }
      case HIGH_IMPACT_CHANGE_MODEL -> {
        List<String> keys = new ArrayList<>();
        for (JsonNode n : array(document.path("highImpactChangeModel"))) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          keys.add(key(text(row, "hwb"), text(row, "change"), null));
          rows.add(new Row(row, changeHeading(row), true));
        }
        Optional<Hicm> model = view.round().returns().highImpactChangeModel();
        for (String hwb : view.content().hwbs()) {
          for (Hicm.Change c : model.map(Hicm::changes).orElse(List.of())) {
            if (!keys.contains(key(hwb, c.code(), null))) {
              ObjectNode row = F.objectNode();
              row.put("hwb", hwb);
              row.put("change", c.code());
              rows.add(new Row(row, changeHeading(row), false));
            }
          }
        }
      }
      case PAYMENT_FOR_PERFORMANCE -> {
        List<String> hwbs = new ArrayList<>();
        for (JsonNode n : array(document.path("paymentForPerformance").path("byHwb"))) {
          ObjectNode row = (ObjectNode) n.deepCopy();
          hwbs.add(text(row, "hwb"));
          rows.add(new Row(row, view.hwbName(text(row, "hwb")), true));
        }
        for (String hwb : view.content().hwbs()) {
          if (!hwbs.contains(hwb)) {
            ObjectNode row = F.objectNode();
            row.put("hwb", hwb);
            rows.add(new Row(row, view.hwbName(hwb), false));
          }
        }
      }
      default -> {
        // Narrative: one group, no rows.
      }
    }
  }

  /** The groups of fields as the document now has them. */
  List<Group> groups() {
    return groups(null);
  }

  /** The groups of fields with the values a person posted (shown again with errors). */
  List<Group> groups(Map<String, String> posted) {
    List<Group> groups = new ArrayList<>();
    switch (part) {
      case NARRATIVE -> {
        JsonNode n = document.path("narrative");
        groups.add(
            new Group(
                null,
                List.of(
                    textarea("progress", "Progress in the quarter", text(n, "progress"), posted),
                    textarea("challenges", "Challenges", text(n, "challenges"), posted),
                    textarea(
                        "supportNeeded", "Support needed", text(n, "supportNeeded"), posted))));
      }
      case BUDGET_ARRANGEMENTS -> {
        JsonNode b = document.path("budgetArrangements");
        String s75 = yesNo(b.path("section75InPlace"));
        groups.add(
            new Group(
                null,
                List.of(
                    select(
                        "section75InPlace",
                        "Is a section 75 agreement in place?",
                        YES_NO,
                        s75,
                        posted))));
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          groups.add(
              new Group(
                  rows.get(i).heading(),
                  List.of(
                      select(
                          "r" + i + "-arrangement",
                          "How the money is held",
                          ARRANGEMENTS,
                          text(r, "arrangement"),
                          posted),
                      select(
                          "r" + i + "-host",
                          "Host organisation",
                          hosts(text(r, "host")),
                          text(r, "host"),
                          posted))));
        }
      }
      case NATIONAL_CONDITIONS -> {
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          String p = "r" + i;
          groups.add(
              new Group(
                  rows.get(i).heading(),
                  List.of(
                      select(
                          p + "-status", "Status", CONDITION_STATUSES, text(r, "status"), posted),
                      date(
                          p + "-expectedDate",
                          "Date expected to be met, if not met",
                          text(r, "expectedDate"),
                          posted),
                      text(
                          p + "-expectedDateText",
                          "Or when it is expected to be met, in words (for example, by the end of"
                              + " the year)",
                          text(r, "expectedDateText"),
                          posted),
                      textarea(p + "-narrative", "Commentary", text(r, "narrative"), posted))));
        }
      }
      case METRIC_PROGRESS -> {
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          String p = "r" + i;
          groups.add(
              new Group(
                  rows.get(i).heading() + latest(r),
                  List.of(
                      select(p + "-progress", "Progress", PROGRESS, text(r, "progress"), posted),
                      textarea(p + "-narrative", "Commentary", text(r, "narrative"), posted))));
        }
      }
      case INCOME_AND_EXPENDITURE -> {
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          String p = "r" + i;
          groups.add(new Group(rows.get(i).heading(), amountFields(p, r, posted)));
        }
        // Income lines after the spending, then an empty one that adds a line when filled.
        for (int i = 0; i <= incomeRows.size(); i++) {
          boolean existing = i < incomeRows.size();
          ObjectNode r = existing ? incomeRows.get(i) : F.objectNode();
          String p = "in" + i;
          List<Field> fields = new ArrayList<>();
          fields.add(
              select(
                  p + "-source",
                  "Funding source",
                  sources(text(r, "source")),
                  text(r, "source"),
                  posted));
          fields.add(
              select(
                  p + "-organisation",
                  "From which organisation",
                  organisations(text(r, "organisation")),
                  text(r, "organisation"),
                  posted));
          fields.add(
              text(p + "-description", "What the income is", text(r, "description"), posted));
          fields.addAll(amountFields(p, r, posted));
          if (existing) {
            fields.add(
                new Field(
                    p + "-remove",
                    "Remove this income line when the section is saved",
                    "checkbox",
                    List.of(),
                    shown(p + "-remove", null, posted),
                    null));
          }
          groups.add(new Group(existing ? incomeHeading(r, i) : "Add an income line", fields));
        }
      }
      case HIGH_IMPACT_CHANGE_MODEL -> {
        List<Choice> levels = new ArrayList<>();
        levels.add(new Choice("", "Not reported"));
        view.round()
            .returns()
            .highImpactChangeModel()
            .ifPresent(
                h ->
                    h.levels()
                        .forEach(l -> levels.add(new Choice(l, capital(ReturnWords.level(l))))));
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          String p = "r" + i;
          groups.add(
              new Group(
                  rows.get(i).heading(),
                  List.of(
                      select(p + "-current", "Maturity now", levels, text(r, "current"), posted),
                      select(
                          p + "-planned",
                          "Maturity planned",
                          levels,
                          text(r, "planned"),
                          posted))));
        }
      }
      case PAYMENT_FOR_PERFORMANCE -> {
        JsonNode p4p = document.path("paymentForPerformance");
        groups.add(
            new Group(
                null,
                List.of(
                    money(
                        "valuePerAvoidedAdmission",
                        "Value of each emergency admission avoided",
                        p4p.path("valuePerAvoidedAdmission"),
                        posted))));
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node();
          String p = "r" + i;
          groups.add(
              new Group(
                  rows.get(i).heading(),
                  List.of(
                      count(
                          p + "-maximumReduction",
                          "Most emergency admissions avoided that are paid for",
                          text(r, "maximumReduction"),
                          posted),
                      money(
                          p + "-maximumPayment",
                          "Most payable (admissions times the value of each)",
                          r.path("maximumPayment"),
                          posted))));
        }
        String likely = yesNo(p4p.path("paymentLikely"));
        groups.add(
            new Group(
                "In total",
                List.of(
                    money(
                        "maximumTotal", "Most payable in total", p4p.path("maximumTotal"), posted),
                    select("paymentLikely", "Is a payment likely?", YES_NO, likely, posted),
                    textarea("judgement", "Why", text(p4p, "judgement"), posted))));
      }
      default -> throw new IllegalStateException(part.toString());
    }
    return groups;
  }

  /** The funding sources the plan has contributions from, by name, and one it lacks in words. */
  private List<Choice> sources(String current) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "Not stated"));
    view.plan().contributions().stream()
        .map(c -> c.stream())
        .filter(Objects::nonNull)
        .distinct()
        .forEach(code -> choices.add(new Choice(code, sourceName(code))));
    if (current != null && choices.stream().noneMatch(c -> c.value().equals(current))) {
      choices.add(new Choice(current, "A source the plan has no contribution from"));
    }
    return choices;
  }

  private String sourceName(String code) {
    return view.round()
        .fundingStream(code)
        .map(s -> s.name())
        .filter(Objects::nonNull)
        .orElse("A funding source the round does not name");
  }

  /** The plan's organisations by name, and one the plan does not have said in words. */
  private List<Choice> organisations(String current) {
    List<Choice> choices = hosts(current);
    choices.set(0, new Choice("", "Not stated"));
    return choices;
  }

  /** An income line in words: what it is, or its source and organisation. */
  private String incomeHeading(JsonNode row, int i) {
    String description = text(row, "description");
    if (description != null) {
      return "Income: " + description;
    }
    String source = text(row, "source");
    String organisation = text(row, "organisation");
    if (source == null && organisation == null) {
      return "Income line " + (i + 1);
    }
    return "Income: "
        + (source == null ? "" : sourceName(source))
        + (source != null && organisation != null ? " from " : "")
        + (organisation == null ? "" : view.plan().organisationName(organisation));
  }

  /** The plan's organisations by name, and a host the plan does not have said in words. */
  private List<Choice> hosts(String current) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "No host named"));
    view.plan()
        .organisations()
        .forEach(
            o ->
                choices.add(
                    new Choice(o.id(), o.name() == null ? "Unnamed organisation" : o.name())));
    if (current != null && choices.stream().noneMatch(c -> c.value().equals(current))) {
      choices.add(new Choice(current, "An organisation the plan does not have"));
    }
    return choices;
  }

  /**
   * The section's value from a posted form, or the errors (field name to message) that stop it
   * being saved; a row left empty is left out.
   */
  JsonNode read(Map<String, String> form, Map<String, String> errors) {
    savedRows.clear();
    savedIncome.clear();
    switch (part) {
      case NARRATIVE -> {
        ObjectNode n =
            document.path("narrative").isObject()
                ? (ObjectNode) document.path("narrative").deepCopy()
                : F.objectNode();
        for (String f : List.of("progress", "challenges", "supportNeeded")) {
          put(n, f, form.get(f));
        }
        return n;
      }
      case BUDGET_ARRANGEMENTS -> {
        ObjectNode b =
            document.path("budgetArrangements").isObject()
                ? (ObjectNode) document.path("budgetArrangements").deepCopy()
                : F.objectNode();
        putYesNo(b, "section75InPlace", form, errors);
        ArrayNode schemes = b.putArray("schemes");
        for (int i = 0; i < rows.size(); i++) {
          ObjectNode r = rows.get(i).node().deepCopy();
          String a = chosen(form, "r" + i + "-arrangement", ARRANGEMENTS, errors);
          put(r, "arrangement", a);
          String host = chosen(form, "r" + i + "-host", hosts(text(r, "host")), errors);
          put(r, "host", host);
          if (a == null && host != null && !rows.get(i).existing()) {
            errors.put(
                "r" + i + "-arrangement",
                "Choose how the money of " + rows.get(i).heading() + " is held");
          }
          if (a != null || rows.get(i).existing()) {
            add(schemes, r, i);
          }
        }
        return b;
      }
      case NATIONAL_CONDITIONS -> {
        ArrayNode list = F.arrayNode();
        for (int i = 0; i < rows.size(); i++) {
          String p = "r" + i;
          ObjectNode r = rows.get(i).node().deepCopy();
          String status = chosen(form, p + "-status", CONDITION_STATUSES, errors);
          put(r, "status", status);
          String date = readDate(form, p + "-expectedDate", rows.get(i).heading(), errors);
          put(r, "expectedDate", date);
          put(r, "expectedDateText", form.get(p + "-expectedDateText"));
          put(r, "narrative", form.get(p + "-narrative"));
          if (status != null) {
            add(list, r, i);
          } else if (date != null || r.has("expectedDateText") || r.has("narrative")) {
            errors.put(p + "-status", "Choose the status of " + rows.get(i).heading());
          }
        }
        return list;
      }
      case METRIC_PROGRESS -> {
        ArrayNode list = F.arrayNode();
        for (int i = 0; i < rows.size(); i++) {
          String p = "r" + i;
          ObjectNode r = rows.get(i).node().deepCopy();
          put(r, "progress", chosen(form, p + "-progress", PROGRESS, errors));
          put(r, "narrative", form.get(p + "-narrative"));
          add(list, r, i);
        }
        return list;
      }
      case INCOME_AND_EXPENDITURE -> {
        ObjectNode ie =
            document.path("incomeAndExpenditure").isObject()
                ? (ObjectNode) document.path("incomeAndExpenditure").deepCopy()
                : F.objectNode();
        ArrayNode list = ie.putArray("expenditure");
        for (int i = 0; i < rows.size(); i++) {
          String p = "r" + i;
          ObjectNode r = rows.get(i).node().deepCopy();
          readAmounts(r, form, p, rows.get(i).heading(), errors);
          add(list, r, i);
        }
        readIncome(ie.putArray("income"), form, errors);
        return ie;
      }
      case HIGH_IMPACT_CHANGE_MODEL -> {
        List<Choice> levels = new ArrayList<>();
        levels.add(new Choice("", ""));
        view.round()
            .returns()
            .highImpactChangeModel()
            .ifPresent(h -> h.levels().forEach(l -> levels.add(new Choice(l, l))));
        ArrayNode list = F.arrayNode();
        for (int i = 0; i < rows.size(); i++) {
          String p = "r" + i;
          ObjectNode r = rows.get(i).node().deepCopy();
          String current = chosen(form, p + "-current", levels, errors);
          String planned = chosen(form, p + "-planned", levels, errors);
          put(r, "current", current);
          put(r, "planned", planned);
          if (current != null || planned != null || rows.get(i).existing()) {
            add(list, r, i);
          }
        }
        return list;
      }
      case PAYMENT_FOR_PERFORMANCE -> {
        ObjectNode p4p =
            document.path("paymentForPerformance").isObject()
                ? (ObjectNode) document.path("paymentForPerformance").deepCopy()
                : F.objectNode();
        putMoney(
            p4p,
            "valuePerAvoidedAdmission",
            readMoney(
                form,
                "valuePerAvoidedAdmission",
                "The value of each emergency admission avoided",
                errors));
        ArrayNode list = p4p.putArray("byHwb");
        for (int i = 0; i < rows.size(); i++) {
          String p = "r" + i;
          ObjectNode r = rows.get(i).node().deepCopy();
          String what = rows.get(i).heading();
          Integer reduction =
              readCount(
                  form,
                  p + "-maximumReduction",
                  "The most admissions avoided that are paid for in " + what,
                  errors);
          if (reduction == null) {
            r.remove("maximumReduction");
          } else {
            r.put("maximumReduction", reduction);
          }
          putMoney(
              r,
              "maximumPayment",
              readMoney(form, p + "-maximumPayment", "The most payable in " + what, errors));
          if (r.has("maximumReduction") || r.has("maximumPayment") || rows.get(i).existing()) {
            add(list, r, i);
          }
        }
        putMoney(
            p4p,
            "maximumTotal",
            readMoney(form, "maximumTotal", "The most payable in total", errors));
        putYesNo(p4p, "paymentLikely", form, errors);
        put(p4p, "judgement", form.get("judgement"));
        return p4p;
      }
      default -> throw new IllegalStateException(part.toString());
    }
  }

  /**
   * The income lines from the posted form: each line of the version the form was opened at unless
   * its removal was ticked, then the empty line when something was filled in it.
   */
  private void readIncome(ArrayNode list, Map<String, String> form, Map<String, String> errors) {
    for (int i = 0; i <= incomeRows.size(); i++) {
      boolean existing = i < incomeRows.size();
      String p = "in" + i;
      if (existing && "yes".equals(value(form.get(p + "-remove")))) {
        continue;
      }
      ObjectNode r = existing ? incomeRows.get(i).deepCopy() : F.objectNode();
      String what = existing ? "income line " + (i + 1) : "the new income line";
      put(r, "source", chosen(form, p + "-source", sources(text(r, "source")), errors));
      put(
          r,
          "organisation",
          chosen(form, p + "-organisation", organisations(text(r, "organisation")), errors));
      put(r, "description", form.get(p + "-description"));
      readAmounts(r, form, p, what, errors);
      if (!existing) {
        if (r.isEmpty()) {
          continue;
        }
        if (!r.has("source") && !r.has("organisation") && !r.has("description")) {
          errors.putIfAbsent(
              p + "-source",
              "Choose the funding source or the organisation of the new income line, or say what"
                  + " it is");
        }
      }
      list.add(r);
      savedIncome.add(i);
    }
  }

  /**
   * A finance line's plan, actual to date, forecast outturn and forecast in words from the form's
   * fields named {@code p-plan} and so on; {@code what} names the line in messages.
   */
  private static void readAmounts(
      ObjectNode r, Map<String, String> form, String p, String what, Map<String, String> errors) {
    putMoney(r, "plan", readMoney(form, p + "-plan", "The plan of " + what, errors));
    putMoney(
        r,
        "actualToDate",
        readMoney(form, p + "-actualToDate", "The actual to date of " + what, errors));
    putMoney(
        r,
        "forecastOutturn",
        readMoney(form, p + "-forecastOutturn", "The forecast outturn of " + what, errors));
    put(r, "forecastNote", form.get(p + "-forecastNote"));
  }

  /** A finance line's fields: plan, actual to date, forecast outturn, forecast in words. */
  private static List<Field> amountFields(String p, JsonNode r, Map<String, String> posted) {
    return List.of(
        money(p + "-plan", "Plan for the year", r.path("plan"), posted),
        money(p + "-actualToDate", "Actual to date", r.path("actualToDate"), posted),
        money(p + "-forecastOutturn", "Forecast outturn", r.path("forecastOutturn"), posted),
        text(
            p + "-forecastNote",
            "Forecast in words, if there is no figure",
            text(r, "forecastNote"),
            posted));
  }

  /**
   * The field a broken rule's place names, such as {@code nationalConditions[2].expectedDate} for
   * the date of the third row saved; empty when the place is not on this form.
   */
  Optional<String> fieldOf(String where) {
    if (where == null) {
      return Optional.empty();
    }
    if (part == ReturnPart.NARRATIVE && where.startsWith("narrative.")) {
      return Optional.of(where.substring("narrative.".length()));
    }
    if (part == ReturnPart.PAYMENT_FOR_PERFORMANCE
        && where.matches("paymentForPerformance\\.\\w+")) {
      return Optional.of(where.substring("paymentForPerformance.".length()));
    }
    Matcher income = INCOME_WHERE.matcher(where);
    if (part == ReturnPart.INCOME_AND_EXPENDITURE
        && income.find()
        && INCOME_FIELDS.contains(income.group(2))) {
      int saved = Integer.parseInt(income.group(1));
      return saved < savedIncome.size()
          ? Optional.of("in" + savedIncome.get(saved) + "-" + income.group(2))
          : Optional.empty();
    }
    String path =
        where
            .replace("incomeAndExpenditure.expenditure", "expenditure")
            .replace("paymentForPerformance.byHwb", "byHwb");
    Matcher m = WHERE.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    int saved = Integer.parseInt(m.group(1));
    if (saved >= savedRows.size()) {
      return Optional.empty();
    }
    String field = m.group(2);
    String name = "r" + savedRows.get(saved) + "-" + field;
    return Optional.of(field.equals("expectedDate") ? name + "-day" : name);
  }

  /** The id of the first field, where a message about the whole section links to. */
  String firstField() {
    return groups().get(0).fields().get(0).anchor();
  }

  // --- helpers ----------------------------------------------------------------------------

  private void add(ArrayNode list, ObjectNode row, int formRow) {
    list.add(row);
    savedRows.add(formRow);
  }

  private String conditionHeading(JsonNode row) {
    return view.conditionName(text(row, "condition"), text(row, "subItem"))
        + hwbSuffix(text(row, "hwb"));
  }

  private String changeHeading(JsonNode row) {
    String change = text(row, "change");
    String name =
        view.round()
            .returns()
            .highImpactChangeModel()
            .flatMap(h -> h.change(change))
            .map(Hicm.Change::name)
            .orElse(change);
    return name + hwbSuffix(text(row, "hwb"));
  }

  private String hwbSuffix(String hwb) {
    return view.content().hwbs().size() > 1 || hwb == null ? ": " + view.hwbName(hwb) : "";
  }

  private String schemeName(String scheme, String description) {
    return view.plan().schemes().stream()
        .filter(s -> s.id().equals(scheme))
        .map(Scheme::name)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(description == null ? "Scheme " + scheme : description);
  }

  private static String latest(JsonNode row) {
    JsonNode actual = row.path("latestActual");
    if (!actual.isNumber() && !actual.isString()) {
      return "";
    }
    String period = text(row, "latestPeriod");
    return " (latest actual "
        + new BigDecimal(actual.asString()).stripTrailingZeros().toPlainString()
        + (period == null ? "" : ", " + period)
        + ")";
  }

  private static String key(String a, String b, String c) {
    return a + "|" + b + "|" + c;
  }

  private static ArrayNode array(JsonNode node) {
    return node.isArray() ? (ArrayNode) node : F.arrayNode();
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asString();
  }

  private static String value(String posted) {
    return posted == null || posted.isBlank() ? null : posted.strip();
  }

  private static void put(ObjectNode node, String field, String posted) {
    String v = value(posted);
    if (v == null) {
      node.remove(field);
    } else {
      node.put(field, v);
    }
  }

  private static void putMoney(ObjectNode node, String field, BigDecimal amount) {
    if (amount == null) {
      node.remove(field);
    } else {
      node.put(field, amount);
    }
  }

  private static String chosen(
      Map<String, String> form, String name, List<Choice> choices, Map<String, String> errors) {
    String v = value(form.get(name));
    if (v == null) {
      return null;
    }
    if (choices.stream().noneMatch(c -> c.value().equals(v))) {
      errors.put(name, "Choose one of the options listed");
      return null;
    }
    return v;
  }

  private static BigDecimal readMoney(
      Map<String, String> form, String name, String what, Map<String, String> errors) {
    String v = value(form.get(name));
    if (v == null) {
      return null;
    }
    String plain = v.replace("£", "").replace(",", "").strip();
    try {
      BigDecimal amount = new BigDecimal(plain);
      if (amount.abs().compareTo(LIMIT) >= 0) {
        errors.put(name, what + " must be less than £1,000,000,000,000");
        return null;
      }
      if (amount.scale() > 2) {
        errors.put(name, what + " must be in pounds and pence, like 1,234.56");
        return null;
      }
      return amount;
    } catch (NumberFormatException e) {
      errors.put(name, what + " must be an amount in pounds, like 1,234,567");
      return null;
    }
  }

  /** A yes-or-no field as the form's choice: yes, no or not stated (empty). */
  private static String yesNo(JsonNode value) {
    return value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : "";
  }

  /** Puts the posted yes or no (the field's name is the form's) as a boolean; not stated: none. */
  private static void putYesNo(
      ObjectNode node, String field, Map<String, String> form, Map<String, String> errors) {
    String v = value(form.get(field));
    if (v == null) {
      node.remove(field);
    } else if (v.equals("yes") || v.equals("no")) {
      node.put(field, v.equals("yes"));
    } else {
      errors.put(field, "Choose yes, no or not stated");
    }
  }

  /** A whole number of admissions, not negative; none when left empty. */
  private static Integer readCount(
      Map<String, String> form, String name, String what, Map<String, String> errors) {
    String v = value(form.get(name));
    if (v == null) {
      return null;
    }
    String plain = v.replace(",", "").strip();
    if (!plain.matches("\\d{1,9}")) {
      errors.put(name, what + " must be a whole number of admissions, like 584");
      return null;
    }
    return Integer.valueOf(plain);
  }

  private static String readDate(
      Map<String, String> form, String name, String what, Map<String, String> errors) {
    String d = value(form.get(name + "-day"));
    String m = value(form.get(name + "-month"));
    String y = value(form.get(name + "-year"));
    if (d == null && m == null && y == null) {
      return null;
    }
    try {
      if (d == null || m == null || y == null || y.length() != 4) {
        throw new DateTimeException("incomplete");
      }
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      errors.put(
          name + "-day",
          "The date " + what + " is expected to be met by must be a real date, like 31 3 2016");
      return null;
    }
  }

  private static Field textarea(
      String name, String label, String value, Map<String, String> posted) {
    return new Field(name, label, "textarea", List.of(), shown(name, value, posted), null);
  }

  private static Field text(String name, String label, String value, Map<String, String> posted) {
    return new Field(name, label, "text", List.of(), shown(name, value, posted), null);
  }

  private static Field count(String name, String label, String value, Map<String, String> posted) {
    return new Field(name, label, "count", List.of(), shown(name, value, posted), null);
  }

  private static Field select(
      String name, String label, List<Choice> choices, String value, Map<String, String> posted) {
    return new Field(name, label, "select", choices, shown(name, value, posted), null);
  }

  private static Field money(
      String name, String label, JsonNode value, Map<String, String> posted) {
    String shown =
        value.isNumber() || value.isString()
            ? new BigDecimal(value.asString()).stripTrailingZeros().toPlainString()
            : null;
    return new Field(name, label, "money", List.of(), shown(name, shown, posted), null);
  }

  private static Field date(String name, String label, String iso, Map<String, String> posted) {
    String[] parts;
    if (posted != null) {
      parts =
          new String[] {
            orEmpty(posted.get(name + "-day")),
            orEmpty(posted.get(name + "-month")),
            orEmpty(posted.get(name + "-year"))
          };
    } else if (iso != null && iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate d = LocalDate.parse(iso);
      parts =
          new String[] {
            String.valueOf(d.getDayOfMonth()),
            String.valueOf(d.getMonthValue()),
            String.valueOf(d.getYear())
          };
    } else {
      parts = new String[] {"", "", ""};
    }
    return new Field(name, label, "date", List.of(), null, parts);
  }

  private static String shown(String name, String value, Map<String, String> posted) {
    return posted != null ? orEmpty(posted.get(name)) : orEmpty(value);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String capital(String words) {
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
  }

  /** The form's posted values as a plain map. */
  static Map<String, String> posted(org.springframework.util.MultiValueMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
    return values;
  }
}
