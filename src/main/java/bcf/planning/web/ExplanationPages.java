package bcf.planning.web;

import bcf.access.Actor;
import bcf.document.EditConflict;
import bcf.kernel.FinancialYear;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.round.RuleSetting;
import bcf.validation.Finding;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An explanation against a finding, reached from the finding on the plan page ("Explain"): the
 * finding in words, the year it applies to and the explanation, saved in the plan's explanations
 * (the finance part) with the same version check as every edit. The validator then shows the
 * finding as explained.
 */
@Controller
class ExplanationPages {

  /** The longest explanation a page accepts (a long paragraph of the source, quoted). */
  static final int LONGEST = 10_000;

  private static final PlanDocumentWriter WRITER = new PlanDocumentWriter();

  private final PlanService plans;

  ExplanationPages(PlanService plans) {
    this.plans = plans;
  }

  /** The form's values as sent (or as stored), for showing the page again. */
  public record Form(String rule, String where, String year, String text) {}

  @GetMapping("/plans/{id}/explain")
  String explain(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String rule,
      @RequestParam(defaultValue = "") String where,
      @RequestParam(defaultValue = "") String year,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    // the plan's explanation of this finding, if it has one (for any year, unless one is asked)
    Form form =
        view.plan().explanations().stream()
            .filter(e -> e.rule().equals(rule))
            .filter(e -> Objects.equals(e.where() == null ? "" : e.where(), where))
            .filter(e -> year.isEmpty() || (e.year() != null && e.year().toString().equals(year)))
            .findFirst()
            .map(e -> new Form(rule, where, e.year() == null ? "" : e.year().toString(), e.text()))
            .orElse(new Form(rule, where, year, ""));
    return page(model, view, view.record().currentVersion(), form, Map.of(), null);
  }

  @PostMapping("/plans/{id}/explain")
  String save(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String baseVersion,
      @RequestParam(defaultValue = "") String rule,
      @RequestParam(defaultValue = "") String where,
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String text,
      HttpServletResponse response,
      Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    int base = EditablePlans.baseVersion(baseVersion);
    Form form = new Form(rule, where, year, text.replace("\r\n", "\n"));
    Map<String, String> errors = new LinkedHashMap<>();
    if (view.analysis().round().rules().stream().map(RuleSetting::rule).noneMatch(rule::equals)) {
      errors.put(
          "finding",
          "The finding to explain is not one the round checks: go back to the plan and choose"
              + " Explain next to the finding");
    }
    if (!year.isEmpty() && years(view).stream().noneMatch(y -> y.toString().equals(year))) {
      errors.put("year", "Choose the year the explanation applies to from the list");
    }
    if (form.text().isBlank()) {
      errors.put("text", "Enter the explanation");
    } else if (form.text().length() > LONGEST) {
      errors.put("text", "Enter an explanation of at most " + LONGEST + " characters");
    }
    if (!errors.isEmpty()) {
      response.setStatus(400);
      return page(model, view, base, form, errors, null);
    }
    Plan plan = base == view.version() ? view.plan() : plans.view(actor, id, base).plan();
    ObjectNode document = WRITER.toJson(plan);
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    for (String field : PlanPart.FINANCE.fields()) {
      JsonNode value = document.get(field);
      if (value != null && !value.isNull()) {
        content.set(field, value);
      }
    }
    content.set("explanations", explanations(document.path("explanations"), form));
    try {
      plans.updatePart(actor, id, PlanPart.FINANCE, base, content);
    } catch (EditConflict conflict) {
      response.setStatus(409);
      return page(model, view, conflict.currentVersion(), form, Map.of(), conflict.getMessage());
    } catch (PlanDocumentException e) {
      response.setStatus(400);
      return page(model, view, base, form, Map.of("text", e.getMessage()), null);
    }
    return "redirect:/plans/" + id + "?saved";
  }

  /** The plan's explanations with this one added, or in place of the one for the same finding. */
  private static ArrayNode explanations(JsonNode stored, Form form) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    ObjectNode mine = JsonNodeFactory.instance.objectNode();
    mine.put("rule", form.rule());
    if (!form.year().isEmpty()) {
      mine.put("year", form.year());
    }
    if (!form.where().isEmpty()) {
      mine.put("where", form.where());
    }
    mine.put("text", form.text().strip());
    boolean replaced = false;
    for (JsonNode row : stored) {
      boolean same =
          Objects.equals(row.path("rule").asString(""), form.rule())
              && Objects.equals(row.path("where").asString(""), form.where())
              && Objects.equals(row.path("year").asString(""), form.year());
      if (same && !replaced) {
        rows.add(mine);
        replaced = true;
      } else {
        rows.add(row);
      }
    }
    if (!replaced) {
      rows.add(mine);
    }
    return rows;
  }

  private String page(
      Model model,
      PlanView view,
      int baseVersion,
      Form form,
      Map<String, String> errors,
      String conflictMessage) {
    List<String> findings = new ArrayList<>();
    for (Finding finding : view.analysis().findings()) {
      if (finding.rule().equals(form.rule())
          && Objects.equals(finding.where() == null ? "" : finding.where(), form.where())) {
        findings.add(finding.message());
      }
    }
    List<EditForm.Option> years = new ArrayList<>();
    years.add(new EditForm.Option("", "Every year"));
    for (FinancialYear year : years(view)) {
      years.add(new EditForm.Option(year.toString(), year.display()));
    }
    model.addAttribute("view", view);
    model.addAttribute(
        "title",
        (errors.isEmpty() && conflictMessage == null ? "" : "Error: ")
            + "Explain a finding – "
            + view.record().title());
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("form", form);
    model.addAttribute("ruleName", FinanceForms.rule(form.rule()));
    model.addAttribute("findings", findings);
    model.addAttribute("years", years);
    model.addAttribute("errors", errors);
    model.addAttribute("conflictMessage", conflictMessage);
    return "plans/explain";
  }

  private static List<FinancialYear> years(PlanView view) {
    return view.analysis().summary().years();
  }
}
