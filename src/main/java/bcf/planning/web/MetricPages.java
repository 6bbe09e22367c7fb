package bcf.planning.web;

import bcf.access.Actor;
import bcf.kernel.FinancialYear;
import bcf.kernel.Period;
import bcf.kernel.PeriodWords;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Outcome;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import bcf.planning.web.EditPage.FieldView;
import bcf.planning.web.EditPage.RowView;
import bcf.planning.web.EditPage.SectionView;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's metrics as a list with a page each (one form of every metric was 8,500 px tall for
 * Warwickshire 2017-19): the metric and its HWB chosen by name, its baseline, targets and
 * trajectory, with a value for each period of the metric's period type, each period in words. Each
 * page saves the one metric through the same form engine, version check and conflict report as the
 * other edit pages.
 */
@Controller
class MetricPages {

  static final String NEW = "new";
  private static final PlanDocumentWriter WRITER = new PlanDocumentWriter();
  private static final String VALUES = "trajectory/values/";

  private final PlanService plans;

  MetricPages(PlanService plans) {
    this.plans = plans;
  }

  /** A metric in the list, in words. */
  record MetricRow(int number, String name, String hwb, String baseline, String targets) {}

  /** The values a trajectory gives for one financial year's periods. */
  record YearValues(String year, List<FieldView> values) {}

  /** The form of one metric, in the order the page shows it. */
  record MetricForm(
      RowView row,
      List<FieldView> chosen,
      List<FieldView> baseline,
      FieldView method,
      List<FieldView> ends,
      List<YearValues> values,
      FieldView notes,
      SectionView targets) {}

  @GetMapping("/plans/{id}/edit/metrics")
  String list(Actor actor, @PathVariable String id, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    ObjectNode document = WRITER.toJson(view.plan());
    Round round = view.analysis().round();
    List<MetricRow> rows = new ArrayList<>();
    JsonNode metrics = document.path("metrics");
    for (int i = 0; i < metrics.size(); i++) {
      JsonNode metric = metrics.get(i);
      List<String> targets = new ArrayList<>();
      metric.path("targets").forEach(t -> targets.add(observed(t)));
      rows.add(
          new MetricRow(
              i + 1,
              name(round, metric),
              hwbName(view, metric.path("hwb").asString("")),
              metric.has("baseline") ? observed(metric.path("baseline")) : "",
              String.join("; ", targets)));
    }
    model.addAttribute("view", view);
    model.addAttribute("metrics", rows);
    model.addAttribute("joint", view.plan().isJoint());
    model.addAttribute("roundMetrics", MetricForms.metricOptions(round));
    model.addAttribute(
        "hwbs",
        view.plan().hwbs().stream()
            .map(h -> new EditForm.Option(h.id(), h.name() == null ? h.id() : h.name()))
            .toList());
    model.addAttribute("title", "Metrics – " + view.record().title());
    return "plans/metrics-list";
  }

  @GetMapping("/plans/{id}/edit/metrics/{ambition}")
  String ambition(
      Actor actor,
      @PathVariable String id,
      @PathVariable String ambition,
      @RequestParam(required = false) String metric,
      @RequestParam(required = false) String hwb,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    int index = index(ambition, document);
    Map<String, String> values = new LinkedHashMap<>();
    String code;
    if (ambition.equals(NEW)) {
      code = metric == null ? "" : metric.strip();
      if (view.analysis().round().metric(code).isEmpty()) {
        throw new PlanningException.BadRequest(
            "Choose the metric to add from the round's metrics on the list of metrics.");
      }
      values.put("/metrics/" + index + "/metric", code);
      if (hwb != null && view.plan().isJoint()) {
        values.put("/metrics/" + index + "/hwb", hwb.strip());
      }
      document = withNewRow(document);
    } else {
      code = document.at("/metrics/" + index + "/metric").asString("");
    }
    List<Section> sections = sections(view, index, code, document);
    Submission shown = new Submission(values, Map.of(), Set.of());
    return page(
        model,
        view,
        ambition,
        index,
        version,
        EditPage.of(document, sections, shown, Map.of(), null),
        null);
  }

  @PostMapping("/plans/{id}/edit/metrics/{ambition}")
  String save(
      Actor actor,
      @PathVariable String id,
      @PathVariable String ambition,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    Round round = view.analysis().round();
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    ObjectNode stored = EditablePlans.document(plans, actor, view, baseVersion);
    int index = index(ambition, stored);
    boolean isNew = ambition.equals(NEW);
    ObjectNode document = isNew ? withNewRow(stored) : stored;
    String prefix = "/metrics/" + index + "/";
    // Only this metric's values are taken: a page cannot change another metric.
    Submission sent = PlanEditPages.submission(form);
    Map<String, String> values = new LinkedHashMap<>();
    sent.values()
        .forEach(
            (name, value) -> {
              if (name.startsWith(prefix)) {
                values.put(name, value);
              }
            });
    Map<String, Integer> rows = new LinkedHashMap<>();
    String targetRows = prefix + "targets";
    if (sent.rows().containsKey(targetRows)) {
      rows.put(targetRows, sent.rows().get(targetRows));
    }
    Set<String> removed = new HashSet<>();
    sent.removed().stream().filter(r -> r.startsWith(targetRows + "/")).forEach(removed::add);
    Submission submission = new Submission(values, rows, removed);

    String posted = values.getOrDefault(prefix + "metric", "").strip();
    String code =
        round.metric(posted).isPresent()
            ? posted
            : document.at("/metrics/" + index + "/metric").asString("");
    List<Section> sections = sections(view, index, code, document);

    String action = form.getFirst("action");
    if (action != null && action.startsWith(PlanEditPages.ADD_ROW)) {
      JsonNode at = document.at(targetRows);
      int shown = rows.getOrDefault(targetRows, at.isArray() ? at.size() : 0);
      return page(
          model,
          view,
          ambition,
          index,
          baseVersion,
          EditPage.of(
              document, sections, submission.withExtraRow(targetRows, shown), Map.of(), null),
          null);
    }

    Outcome outcome = EditForm.apply(document, sections, submission);
    Map<String, String> errors = new LinkedHashMap<>();
    outcome
        .errors()
        .forEach(
            (pointer, error) -> {
              if (pointer.startsWith(prefix)) {
                errors.put(pointer, error);
              }
            });
    Set<String> fields = new HashSet<>();
    sections.get(0).columns().forEach(c -> fields.add(prefix + c.suffix()));
    for (String name : values.keySet()) {
      if (name.startsWith(prefix + VALUES) && !fields.contains(name)) {
        String period = PeriodWords.of(name.substring((prefix + VALUES).length()));
        errors.put(
            firstValue(sections.get(0), prefix),
            "The trajectory cannot have a value for "
                + (period.isBlank() ? "that period" : period)
                + ": give values only for the periods listed, which are the plan's");
      }
    }
    MetricDefinition definition = round.metric(code).orElse(null);
    ObjectNode row = (ObjectNode) outcome.document().at("/metrics/" + index);
    if (errors.isEmpty() && row.isObject()) {
      checkRow(row, definition, prefix, sections, outcome, errors);
      if (isNew) {
        checkNotSetAlready(stored, row, prefix, errors);
      }
    }
    return saveOrShow(
        actor,
        view,
        ambition,
        index,
        baseVersion,
        document,
        sections,
        submission,
        outcome,
        errors,
        response,
        model);
  }

  @GetMapping("/plans/{id}/edit/metrics/{ambition}/remove")
  String confirmRemoval(
      Actor actor, @PathVariable String id, @PathVariable String ambition, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    int index = existingIndex(ambition, document);
    return removalPage(model, view, ambition, index, version, document, null, List.of());
  }

  @PostMapping("/plans/{id}/edit/metrics/{ambition}/remove")
  String remove(
      Actor actor,
      @PathVariable String id,
      @PathVariable String ambition,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    ObjectNode document = EditablePlans.document(plans, actor, view, baseVersion);
    int index = existingIndex(ambition, document);
    return EditablePlans.removeRow(
        plans,
        actor,
        view,
        PlanPart.METRICS,
        "metrics",
        index,
        baseVersion,
        document,
        response,
        (version, conflict, changes) ->
            removalPage(model, view, ambition, index, version, document, conflict, changes),
        "/plans/" + id + "/edit/metrics?removed");
  }

  /**
   * What the form engine cannot know of a metric: its values are never below zero (a count, rate,
   * proportion or mean; only a plan's own local measure may go below), and values for each period
   * make a per-period trajectory (given with a straight line or a held value they would be ignored,
   * so that is refused).
   */
  private static void checkRow(
      ObjectNode row,
      MetricDefinition definition,
      String prefix,
      List<Section> sections,
      Outcome outcome,
      Map<String, String> errors) {
    boolean local =
        row.has("definition") || (definition != null && "local".equals(definition.type()));
    if (!local) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (Section section : sections) {
        for (Column column : section.columns()) {
          labels.put(column.suffix(), column.noun());
        }
      }
      List<String> numbers = new ArrayList<>();
      for (String at :
          List.of(
              "baseline/numerator",
              "baseline/denominator",
              "baseline/value",
              "trajectory/from/value",
              "trajectory/to/value")) {
        numbers.add(at);
      }
      row.path("trajectory").path("values").propertyNames().forEach(p -> numbers.add(VALUES + p));
      for (String at : numbers) {
        JsonNode value = row.at("/" + at);
        if (value.isNumber() && value.decimalValue().signum() < 0) {
          errors.put(
              prefix + at, "Enter " + labels.getOrDefault(at, "the value") + " as 0 or more");
        }
      }
      JsonNode targets = row.path("targets");
      for (int t = 0; t < targets.size(); t++) {
        for (String at : List.of("numerator", "denominator", "value")) {
          JsonNode value = targets.get(t).path(at);
          if (value.isNumber() && value.decimalValue().signum() < 0) {
            errors.put(
                outcome.formPointer(prefix + "targets/" + t + "/" + at),
                "Enter the target's " + at + " as 0 or more");
          }
        }
      }
    }
    JsonNode trajectory = row.path("trajectory");
    boolean hasValues = !trajectory.path("values").isEmpty();
    String method = trajectory.path("method").asString("");
    if (hasValues && method.isEmpty()) {
      ((ObjectNode) trajectory).put("method", "per-period");
    } else if (hasValues && !method.equals("per-period")) {
      errors.put(
          prefix + "trajectory/method",
          "Choose 'A value for each period' to give the trajectory period by period, or leave"
              + " the values for each period blank");
    } else if (trajectory.isObject() && method.isEmpty()) {
      errors.put(
          prefix + "trajectory/method",
          "Choose how the trajectory is drawn, or leave its start and end blank");
    }
  }

  /** A metric is added once for each HWB: a second would contradict the first. */
  private static void checkNotSetAlready(
      ObjectNode stored, ObjectNode row, String prefix, Map<String, String> errors) {
    String code = row.path("metric").asString("");
    String hwb = row.path("hwb").asString("");
    for (JsonNode other : stored.path("metrics")) {
      if (other.path("metric").asString("").equals(code)
          && other.path("hwb").asString("").equals(hwb)) {
        errors.put(
            prefix + "metric",
            "The plan already sets this metric"
                + (hwb.isEmpty() ? "" : " for this HWB")
                + ": change it from the list of metrics");
        return;
      }
    }
  }

  private String saveOrShow(
      Actor actor,
      PlanView view,
      String ambition,
      int index,
      int baseVersion,
      ObjectNode document,
      List<Section> sections,
      Submission submission,
      Outcome outcome,
      Map<String, String> errors,
      HttpServletResponse response,
      Model model) {
    return EditablePlans.saveOrShow(
        plans,
        actor,
        view,
        PlanPart.METRICS,
        baseVersion,
        document,
        sections,
        submission,
        outcome,
        errors,
        response,
        (version, page, conflict) -> page(model, view, ambition, index, version, page, conflict),
        "/plans/" + view.record().id() + "/edit/metrics?saved");
  }

  private String page(
      Model model,
      PlanView view,
      String ambition,
      int index,
      int baseVersion,
      EditPage page,
      String conflictMessage) {
    String pointer = "/metrics/" + index;
    RowView row =
        page.sections().get(0).rows().stream()
            .filter(r -> r.pointer().equals(pointer))
            .findFirst()
            .orElseThrow();
    List<FieldView> chosen = new ArrayList<>();
    List<FieldView> baseline = new ArrayList<>();
    List<FieldView> ends = new ArrayList<>();
    Map<String, List<FieldView>> byYear = new LinkedHashMap<>();
    FieldView method = null;
    FieldView notes = null;
    for (FieldView field : row.fields()) {
      String suffix = field.name().substring(pointer.length() + 1);
      if (suffix.equals("hwb")
          || suffix.equals("metric")
          || suffix.equals("name")
          || suffix.equals("description")) {
        chosen.add(field);
      } else if (suffix.startsWith("baseline/")) {
        baseline.add(field);
      } else if (suffix.equals("trajectory/method")) {
        method = field;
      } else if (suffix.startsWith(VALUES)) {
        Period period = Period.parse(suffix.substring(VALUES.length()));
        byYear.computeIfAbsent(period.startYear().display(), y -> new ArrayList<>()).add(field);
      } else if (suffix.startsWith("trajectory/")) {
        ends.add(field);
      } else if (suffix.equals("notes")) {
        notes = field;
      }
    }
    List<YearValues> values = new ArrayList<>();
    byYear.forEach((year, fields) -> values.add(new YearValues(year, fields)));
    boolean isNew = ambition.equals(NEW);
    String name =
        chosen.stream()
            .filter(f -> f.name().endsWith("/metric"))
            .findFirst()
            .map(MetricPages::chosenLabel)
            .orElse("");
    EditablePlans.formPage(
        model,
        view,
        isNew ? "Add a metric" : "Metric " + (index + 1),
        baseVersion,
        page,
        conflictMessage);
    model.addAttribute("isNew", isNew);
    model.addAttribute("ambition", ambition);
    model.addAttribute("heading", isNew ? "Add a metric" : name);
    model.addAttribute(
        "form",
        new MetricForm(row, chosen, baseline, method, ends, values, notes, page.sections().get(1)));
    return "plans/metric";
  }

  private String removalPage(
      Model model,
      PlanView view,
      String ambition,
      int index,
      int baseVersion,
      ObjectNode document,
      String conflictMessage,
      List<HistoryRows.ChangeRow> changes) {
    model.addAttribute("view", view);
    model.addAttribute("ambition", ambition);
    JsonNode metric = document.at("/metrics/" + index);
    String hwb = hwbName(view, metric.path("hwb").asString(""));
    model.addAttribute(
        "heading",
        "Remove the metric '"
            + name(view.analysis().round(), metric)
            + "'"
            + (hwb.isEmpty() ? "" : " for " + hwb)
            + "?");
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("conflictMessage", conflictMessage);
    model.addAttribute("edit", EditPage.of(document, List.of(), null, Map.of(), changes));
    model.addAttribute(
        "title",
        (conflictMessage == null ? "" : "Error: ")
            + "Remove metric "
            + (index + 1)
            + " – "
            + view.record().title());
    return "plans/metric-remove";
  }

  private static String chosenLabel(FieldView field) {
    return field.options().stream()
        .filter(o -> !o.value().isEmpty() && o.value().equals(field.value()))
        .map(EditForm.Option::label)
        .findFirst()
        .orElse("Metric");
  }

  private static List<Section> sections(
      PlanView view, int index, String code, ObjectNode document) {
    Round round = view.analysis().round();
    List<FinancialYear> years = view.analysis().summary().years();
    MetricDefinition definition = round.metric(code).orElse(null);
    JsonNode stored = document.at("/metrics/" + index);
    return List.of(
        MetricForms.ambition(view.plan(), round, years, definition, stored),
        MetricForms.targets(index, definition, years, stored));
  }

  /** The pointer of the first value for a period, where errors about those values are shown. */
  private static String firstValue(Section section, String prefix) {
    return section.columns().stream()
        .filter(c -> c.suffix().startsWith(VALUES))
        .findFirst()
        .map(c -> prefix + c.suffix())
        .orElse(prefix + "trajectory/method");
  }

  /** The document with an empty metric after the stored ones, for the page that adds one. */
  private static ObjectNode withNewRow(ObjectNode document) {
    ObjectNode copy = document.deepCopy();
    JsonNode metrics = copy.path("metrics");
    tools.jackson.databind.node.ArrayNode rows =
        metrics.isArray()
            ? (tools.jackson.databind.node.ArrayNode) metrics
            : copy.putArray("metrics");
    rows.addObject();
    return copy;
  }

  /** The metric's name: the plan's own for a local metric, else the round's. */
  static String name(Round round, JsonNode metric) {
    String code = metric.path("metric").asString("");
    String own = metric.path("name").asString("");
    if (!own.isBlank()) {
      return own;
    }
    return round.metric(code).map(MetricDefinition::name).filter(n -> n != null).orElse(code);
  }

  private static String hwbName(PlanView view, String hwb) {
    if (hwb.isEmpty()) {
      return "";
    }
    return view.plan().hwbs().stream()
        .filter(h -> h.id().equals(hwb))
        .map(h -> h.name() == null ? h.id() : h.name())
        .findFirst()
        .orElse(hwb);
  }

  /** "470 (2016/17)": a value with its period in words; the period alone where no value. */
  private static String observed(JsonNode observation) {
    JsonNode value = observation.path("value");
    String period = PeriodWords.of(observation.path("period").asString(""));
    String number = value.isNumber() ? number(value.decimalValue()) : "no value";
    return period.isEmpty() ? number : number + " (" + period + ")";
  }

  /** A number as a page shows it: 12,800 and 87.9. */
  static String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.UK));
    return format.format(value);
  }

  /** The index of the metric numbered in the address (1 is the first), or one past the last. */
  private static int index(String ambition, ObjectNode document) {
    if (ambition.equals(NEW)) {
      return document.path("metrics").size();
    }
    return existingIndex(ambition, document);
  }

  private static int existingIndex(String ambition, ObjectNode document) {
    return EditablePlans.existingRow(
        ambition,
        document.path("metrics"),
        "This plan has no metric '" + ambition + "'. Choose one from the list of metrics.");
  }
}
