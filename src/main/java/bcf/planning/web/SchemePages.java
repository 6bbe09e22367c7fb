package bcf.planning.web;

import bcf.access.Actor;
import bcf.kernel.FinancialYear;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.web.EditForm.Outcome;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import bcf.planning.web.EditPage.FieldView;
import bcf.planning.web.EditPage.RowView;
import bcf.round.Round;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The schemes of a plan as a list with a page each (a plan can have a hundred schemes of twenty
 * fields: one form of them all was 33,000 px tall). Each page saves the one scheme through the same
 * form engine, version check and conflict report as the other edit pages.
 */
@Controller
class SchemePages {

  static final String NEW = "new";
  private static final PlanDocumentWriter WRITER = new PlanDocumentWriter();

  private final PlanService plans;

  SchemePages(PlanService plans) {
    this.plans = plans;
  }

  /** A scheme in the list: its words and its total spend over the plan's years. */
  record SchemeRow(int number, String name, String type, String source, String spend, String hwb) {}

  /** One year's amount of a scheme: recurrent, non-recurrent and (where not split) total. */
  record YearAmounts(String year, FieldView recurrent, FieldView nonRecurrent, FieldView total) {}

  /** The form of one scheme: its fields, then its spend and benefits by year. */
  record SchemeForm(
      RowView row, List<FieldView> fields, List<YearAmounts> spend, List<YearAmounts> benefits) {}

  @GetMapping("/plans/{id}/edit/schemes")
  String list(Actor actor, @PathVariable String id, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    ObjectNode document = WRITER.toJson(view.plan());
    Round round = view.analysis().round();
    List<SchemeRow> rows = new ArrayList<>();
    JsonNode schemes = document.path("schemes");
    for (int i = 0; i < schemes.size(); i++) {
      JsonNode scheme = schemes.get(i);
      String source = scheme.path("source").asString("");
      String hwb = scheme.path("hwb").asString("");
      rows.add(
          new SchemeRow(
              i + 1,
              scheme.path("name").asString(""),
              scheme.path("type").asString(""),
              source.isEmpty() ? "" : round.fundingStream(source).map(s -> s.name()).orElse(source),
              ChangeWords.pounds(total(scheme.path("spend"))),
              view.plan().hwbs().stream()
                  .filter(h -> h.id().equals(hwb))
                  .map(h -> h.name())
                  .findFirst()
                  .orElse("")));
    }
    model.addAttribute("view", view);
    model.addAttribute("schemes", rows);
    model.addAttribute("joint", view.plan().isJoint());
    model.addAttribute("title", "Schemes – " + view.record().title());
    return "plans/schemes";
  }

  @GetMapping("/plans/{id}/edit/schemes/{scheme}")
  String scheme(Actor actor, @PathVariable String id, @PathVariable String scheme, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    int index = index(scheme, document);
    Section section = section(view);
    Submission shown = shown(index, document, Submission.empty());
    return page(
        model,
        view,
        scheme,
        index,
        version,
        EditPage.of(document, List.of(section), shown, Map.of(), null),
        null);
  }

  @PostMapping("/plans/{id}/edit/schemes/{scheme}")
  String save(
      Actor actor,
      @PathVariable String id,
      @PathVariable String scheme,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    ObjectNode document = EditablePlans.document(plans, actor, view, baseVersion);
    int index = index(scheme, document);
    Section section = section(view);
    // Only this scheme's values are taken: a page cannot change another scheme.
    String prefix = "/schemes/" + index + "/";
    Map<String, String> values = new LinkedHashMap<>();
    PlanEditPages.submission(form)
        .values()
        .forEach(
            (name, value) -> {
              if (name.startsWith(prefix)) {
                values.put(name, value);
              }
            });
    Submission submission = shown(index, document, new Submission(values, Map.of(), Set.of()));
    Outcome outcome = EditForm.apply(document, List.of(section), submission);
    Map<String, String> errors = new LinkedHashMap<>(outcome.errors());
    int before = document.path("schemes").size();
    if (outcome.valid() && outcome.document().path("schemes").size() == before && index == before) {
      errors.put(prefix + "name", "Enter the scheme's name");
    }
    return saveOrShow(
        actor,
        view,
        scheme,
        index,
        baseVersion,
        document,
        section,
        submission,
        outcome,
        errors,
        response,
        model);
  }

  @GetMapping("/plans/{id}/edit/schemes/{scheme}/remove")
  String confirmRemoval(
      Actor actor, @PathVariable String id, @PathVariable String scheme, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    int index = existingIndex(scheme, document);
    return removalPage(model, view, scheme, index, version, document, null, List.of());
  }

  @PostMapping("/plans/{id}/edit/schemes/{scheme}/remove")
  String remove(
      Actor actor,
      @PathVariable String id,
      @PathVariable String scheme,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    ObjectNode document = EditablePlans.document(plans, actor, view, baseVersion);
    int index = existingIndex(scheme, document);
    return EditablePlans.removeRow(
        plans,
        actor,
        view,
        PlanPart.SCHEMES,
        "schemes",
        index,
        baseVersion,
        document,
        response,
        (version, conflict, changes) ->
            removalPage(model, view, scheme, index, version, document, conflict, changes),
        "/plans/" + id + "/edit/schemes?removed");
  }

  private String saveOrShow(
      Actor actor,
      PlanView view,
      String scheme,
      int index,
      int baseVersion,
      ObjectNode document,
      Section section,
      Submission submission,
      Outcome outcome,
      Map<String, String> errors,
      HttpServletResponse response,
      Model model) {
    return EditablePlans.saveOrShow(
        plans,
        actor,
        view,
        PlanPart.SCHEMES,
        baseVersion,
        document,
        List.of(section),
        submission,
        outcome,
        errors,
        response,
        (version, page, conflict) -> page(model, view, scheme, index, version, page, conflict),
        "/plans/" + view.record().id() + "/edit/schemes?saved");
  }

  private String page(
      Model model,
      PlanView view,
      String scheme,
      int index,
      int baseVersion,
      EditPage page,
      String conflictMessage) {
    RowView row =
        page.sections().get(0).rows().stream()
            .filter(r -> r.pointer().equals("/schemes/" + index))
            .findFirst()
            .orElseThrow();
    List<FieldView> fields = new ArrayList<>();
    for (FieldView field : row.fields()) {
      String name = field.name();
      if (!name.contains("/spend/") && !name.contains("/benefits/")) {
        fields.add(field);
      }
    }
    List<YearAmounts> spend = new ArrayList<>();
    List<YearAmounts> benefits = new ArrayList<>();
    for (FinancialYear year : view.analysis().summary().years()) {
      spend.add(amounts(row, "spend", year));
      benefits.add(amounts(row, "benefits", year));
    }
    boolean isNew = scheme.equals(NEW);
    String name = row.heading() == null ? "" : row.heading();
    EditablePlans.formPage(
        model,
        view,
        isNew ? "Add a scheme" : "Scheme " + (index + 1),
        baseVersion,
        page,
        conflictMessage);
    model.addAttribute("isNew", isNew);
    model.addAttribute("scheme", scheme);
    model.addAttribute("heading", isNew ? "Add a scheme" : "Scheme: " + name);
    model.addAttribute("form", new SchemeForm(row, fields, spend, benefits));
    return "plans/scheme";
  }

  private String removalPage(
      Model model,
      PlanView view,
      String scheme,
      int index,
      int baseVersion,
      ObjectNode document,
      String conflictMessage,
      List<HistoryRows.ChangeRow> changes) {
    model.addAttribute("view", view);
    model.addAttribute("scheme", scheme);
    String name = document.at("/schemes/" + index + "/name").asString("");
    model.addAttribute(
        "heading",
        "Remove the scheme "
            + (name.isBlank() ? String.valueOf(index + 1) : "'" + name + "'")
            + "?");
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("conflictMessage", conflictMessage);
    model.addAttribute("edit", EditPage.of(document, List.of(), null, Map.of(), changes));
    model.addAttribute(
        "title",
        (conflictMessage == null ? "" : "Error: ")
            + "Remove scheme "
            + (index + 1)
            + " – "
            + view.record().title());
    return "plans/scheme-remove";
  }

  private static YearAmounts amounts(RowView row, String group, FinancialYear year) {
    String at = group + "/" + year + "/";
    return new YearAmounts(
        year.display(),
        row.field(at + "recurrent"),
        row.field(at + "nonRecurrent"),
        row.field(at + "total"));
  }

  /** A scheme's spend over all years: each year's total, or its recurrent and non-recurrent. */
  static BigDecimal total(JsonNode spend) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode year : spend) {
      if (year.has("recurrent") || year.has("nonRecurrent")) {
        sum = sum.add(amount(year.path("recurrent"))).add(amount(year.path("nonRecurrent")));
      } else {
        sum = sum.add(amount(year.path("total")));
      }
    }
    return sum;
  }

  /**
   * Where a value of a part is edited, below the plan's address: a scheme's value on that scheme's
   * page ({@code /edit/schemes/3} for {@code /schemes/2/source}), a metric's on that metric's page,
   * a finance value on its section's page, any other on its part's page.
   */
  static String editPath(PlanPart part, String pointer) {
    java.util.regex.Matcher scheme =
        java.util.regex.Pattern.compile("^/schemes/(\\d+)(/.*)?$").matcher(pointer);
    if (part == PlanPart.SCHEMES && scheme.matches()) {
      return "/edit/schemes/" + (Integer.parseInt(scheme.group(1)) + 1);
    }
    java.util.regex.Matcher metric =
        java.util.regex.Pattern.compile("^/metrics/(\\d+)(/.*)?$").matcher(pointer);
    if (part == PlanPart.METRICS && metric.matches()) {
      return "/edit/metrics/" + (Integer.parseInt(metric.group(1)) + 1);
    }
    if (part == PlanPart.FINANCE) {
      // a finance value on its section's page; a declared figure on the finance overview
      return FinanceSection.of(pointer)
          .map(s -> "/edit/finance/" + s.code())
          .orElse("/edit/finance");
    }
    return "/edit/" + part.code();
  }

  private static BigDecimal amount(JsonNode value) {
    return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
  }

  /** The submission with the new scheme's row shown, when the page adds one. */
  private static Submission shown(int index, ObjectNode document, Submission submission) {
    int stored = document.path("schemes").size();
    if (index < stored) {
      return submission;
    }
    return new Submission(
        submission.values(), Map.of("/schemes", stored + 1), submission.removed());
  }

  private Section section(PlanView view) {
    return EditForms.schemes(
        view.plan(), view.analysis().round(), view.analysis().summary().years());
  }

  /** The index of the scheme numbered in the address (1 is the first), or one past the last. */
  private static int index(String scheme, ObjectNode document) {
    if (scheme.equals(NEW)) {
      return document.path("schemes").size();
    }
    return existingIndex(scheme, document);
  }

  private static int existingIndex(String scheme, ObjectNode document) {
    return EditablePlans.existingRow(
        scheme,
        document.path("schemes"),
        "This plan has no scheme '" + scheme + "'. Choose one from the list of schemes.");
  }
}
