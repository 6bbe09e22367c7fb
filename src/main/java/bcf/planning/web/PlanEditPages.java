package bcf.planning.web;

import bcf.access.Actor;
import bcf.planning.PlanPart;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.planning.web.EditForm.Outcome;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.HashSet;
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
 * The edit pages of a plan's parts, working without JavaScript: a form per part, errors shown the
 * GOV.UK way (status 400, nothing saved), conflicting edits shown with what changed (status 409),
 * and rows added by re-rendering the form.
 */
@Controller
class PlanEditPages {

  static final String ROWS = "rows:";
  static final String REMOVE = "remove";
  static final String ADD_ROW = "add-row";

  private final PlanService plans;

  PlanEditPages(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping("/plans/{id}/edit/{part}")
  String edit(Actor actor, @PathVariable String id, @PathVariable String part, Model model) {
    PlanPart which = part(part);
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    List<Section> sections = sections(which, view, document);
    return page(
        model, view, which, version, EditPage.of(document, sections, null, Map.of(), null), null);
  }

  @PostMapping("/plans/{id}/edit/{part}")
  String save(
      Actor actor,
      @PathVariable String id,
      @PathVariable String part,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    PlanPart which = part(part);
    PlanView view = EditablePlans.editable(plans, actor, id);
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    ObjectNode document = EditablePlans.document(plans, actor, view, baseVersion);
    List<Section> sections = sections(which, view, document);
    Submission submission = submission(form);
    String action = form.getFirst("action");
    if (action != null && action.startsWith(ADD_ROW)) {
      Submission more = addRow(action, sections, submission, document);
      return page(
          model,
          view,
          which,
          baseVersion,
          EditPage.of(document, sections, more, Map.of(), null),
          null);
    }
    Outcome outcome = EditForm.apply(document, sections, submission);
    Map<String, String> formErrors = new LinkedHashMap<>(outcome.errors());
    EditForms.crossChecks(which, view.plan(), outcome.document())
        .forEach(
            (pointer, message) -> formErrors.putIfAbsent(outcome.formPointer(pointer), message));
    return EditablePlans.saveOrShow(
        plans,
        actor,
        view,
        which,
        baseVersion,
        document,
        sections,
        submission,
        outcome,
        formErrors,
        response,
        (version, page, conflict) -> page(model, view, which, version, page, conflict),
        "/plans/" + id + "?saved");
  }

  private String page(
      Model model,
      PlanView view,
      PlanPart part,
      int baseVersion,
      EditPage page,
      String conflictMessage) {
    EditablePlans.formPage(model, view, part.label(), baseVersion, page, conflictMessage);
    model.addAttribute("part", part);
    return "plans/edit";
  }

  private static PlanPart part(String code) {
    if (code.equals(PlanPart.FINANCE.code())) {
      // finance has an overview and a page per section (FinancePages), each saving its own values
      throw new PlanningException.BadRequest(
          "Finance is saved a section at a time: choose a section on the finance page.");
    }
    return PlanPart.find(code)
        .filter(EditForms.PARTS::contains)
        .orElseThrow(
            () -> new PlanningException.BadRequest("There is no edit page for '" + code + "'."));
  }

  private static List<Section> sections(PlanPart part, PlanView view, ObjectNode document) {
    return EditForms.of(
        part, view.plan(), view.analysis().round(), view.analysis().summary().years(), document);
  }

  static Submission submission(MultiValueMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    Set<String> removed = new HashSet<>();
    for (Map.Entry<String, List<String>> entry : form.entrySet()) {
      String name = entry.getKey();
      List<String> sent = entry.getValue();
      if (sent == null || sent.isEmpty()) {
        continue;
      }
      if (name.startsWith("/")) {
        values.put(name, sent.get(0) == null ? "" : sent.get(0).replace("\r\n", "\n"));
      } else if (name.startsWith(ROWS)) {
        try {
          int count = Integer.parseInt(sent.get(0).strip());
          if (count >= 0 && count <= 10_000) {
            rows.put(name.substring(ROWS.length()), count);
          }
        } catch (NumberFormatException e) {
          // ignore: the stored row count is used
        }
      } else if (name.equals(REMOVE)) {
        removed.addAll(sent);
      }
    }
    return new Submission(values, rows, removed);
  }

  static Submission addRow(
      String action, List<Section> sections, Submission submission, ObjectNode document) {
    String target =
        action.length() > ADD_ROW.length() + 1 ? action.substring(ADD_ROW.length() + 1) : null;
    Submission more = submission;
    for (Section section : sections) {
      if (!section.rows() || !section.addable()) {
        continue;
      }
      if (target != null && !target.equals(section.pointer())) {
        continue;
      }
      JsonNode stored = document.at(section.pointer());
      int shown =
          submission.rows().getOrDefault(section.pointer(), stored.isArray() ? stored.size() : 0);
      more = more.withExtraRow(section.pointer(), shown);
      if (target == null) {
        break;
      }
    }
    return more;
  }
}
