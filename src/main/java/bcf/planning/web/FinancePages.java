package bcf.planning.web;

import bcf.access.Actor;
import bcf.document.DocumentHistory;
import bcf.document.EditConflict;
import bcf.plan.json.DocumentPaths;
import bcf.plan.json.PlanDocumentException;
import bcf.planning.PlanPart;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.planning.web.EditForm.Outcome;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ObjectNode;

/**
 * The finance part on pages that fit a screen: an overview of its sections with their key figures,
 * and a page per section ({@link FinanceSection}) that saves only its own values. A save based on
 * an older version goes through when nobody changed that section since (it is laid over the current
 * version, so other sections' saved values stay); it is refused with what changed only when someone
 * changed the same section.
 */
@Controller
class FinancePages {

  private final PlanService plans;

  FinancePages(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping("/plans/{id}/edit/finance")
  String overview(Actor actor, @PathVariable String id, Model model) {
    PlanView view = EditablePlans.editable(plans, actor, id);
    ObjectNode document =
        EditablePlans.document(plans, actor, view, view.record().currentVersion());
    model.addAttribute("view", view);
    model.addAttribute(
        "overview", FinanceOverview.of(view.plan(), document, view.analysis().summary().years()));
    model.addAttribute("title", PlanPart.FINANCE.label() + " – " + view.record().title());
    return "plans/finance";
  }

  @GetMapping("/plans/{id}/edit/finance/{section}")
  String edit(Actor actor, @PathVariable String id, @PathVariable String section, Model model) {
    FinanceSection which = section(section);
    PlanView view = EditablePlans.editable(plans, actor, id);
    int version = view.record().currentVersion();
    ObjectNode document = EditablePlans.document(plans, actor, view, version);
    return page(
        model,
        view,
        which,
        version,
        EditPage.of(document, sections(which, view), null, Map.of(), null),
        null);
  }

  @PostMapping("/plans/{id}/edit/finance/{section}")
  String save(
      Actor actor,
      @PathVariable String id,
      @PathVariable String section,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    FinanceSection which = section(section);
    PlanView view = EditablePlans.editable(plans, actor, id);
    int baseVersion = EditablePlans.baseVersion(form.getFirst("baseVersion"));
    if (baseVersion < 1 || baseVersion > view.record().currentVersion()) {
      throw new PlanningException.VersionNotFound(id, baseVersion);
    }
    ObjectNode document = EditablePlans.document(plans, actor, view, baseVersion);
    List<Section> sections = sections(which, view);
    Submission submission = PlanEditPages.submission(form);
    String action = form.getFirst("action");
    if (action != null && action.startsWith(PlanEditPages.ADD_ROW)) {
      Submission more = PlanEditPages.addRow(action, sections, submission, document);
      return page(
          model,
          view,
          which,
          baseVersion,
          EditPage.of(document, sections, more, Map.of(), null),
          null);
    }
    Outcome outcome = EditForm.apply(document, sections, submission);
    if (!outcome.valid()) {
      response.setStatus(400);
      return page(
          model,
          view,
          which,
          baseVersion,
          EditPage.of(document, sections, submission, outcome.errors(), null),
          null);
    }
    try {
      try {
        plans.updatePart(
            actor,
            id,
            PlanPart.FINANCE,
            baseVersion,
            EditablePlans.content(PlanPart.FINANCE, outcome.document()));
      } catch (EditConflict conflict) {
        if (!theirs(conflict, which).isEmpty()) {
          throw conflict;
        }
        // Someone saved another section since: lay this section over their version instead,
        // so both are kept. This section's rows did not change, so the form's pointers hold.
        ObjectNode current = EditablePlans.document(plans, actor, view, conflict.currentVersion());
        Outcome rebased = EditForm.apply(current, sections, submission);
        if (!rebased.valid()) {
          response.setStatus(400);
          return page(
              model,
              view,
              which,
              conflict.currentVersion(),
              EditPage.of(current, sections, submission, rebased.errors(), null),
              null);
        }
        outcome = rebased;
        plans.updatePart(
            actor,
            id,
            PlanPart.FINANCE,
            conflict.currentVersion(),
            EditablePlans.content(PlanPart.FINANCE, rebased.document()));
      }
    } catch (EditConflict conflict) {
      response.setStatus(409);
      List<DocumentHistory.ChangeEntry> theirs = theirs(conflict, which);
      return page(
          model,
          view,
          which,
          conflict.currentVersion(),
          EditPage.of(
              document,
              sections,
              submission,
              Map.of(),
              HistoryRows.changes(
                  theirs.isEmpty() ? conflict.changes() : theirs,
                  HistoryRows.Trees.cached(v -> plans.tree(actor, id, v)))),
          conflict.getMessage());
    } catch (PlanDocumentException e) {
      response.setStatus(400);
      String pointer = outcome.formPointer(DocumentPaths.toPointer(e.where()));
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put(pointer, e.getMessage());
      return page(
          model,
          view,
          which,
          baseVersion,
          EditPage.of(document, sections, submission, errors, null),
          null);
    }
    return "redirect:/plans/" + id + "/edit/finance?saved=" + which.code();
  }

  /** The changes someone else made to this section since the form's version. */
  private static List<DocumentHistory.ChangeEntry> theirs(
      EditConflict conflict, FinanceSection section) {
    return conflict.changes().stream().filter(c -> section.touches(c.path())).toList();
  }

  private String page(
      Model model,
      PlanView view,
      FinanceSection section,
      int baseVersion,
      EditPage page,
      String conflictMessage) {
    EditablePlans.formPage(model, view, section.title(), baseVersion, page, conflictMessage);
    model.addAttribute("section", section);
    return "plans/finance-section";
  }

  private static FinanceSection section(String code) {
    return FinanceSection.find(code)
        .orElseThrow(
            () ->
                new PlanningException.BadRequest(
                    "There is no finance page '"
                        + code
                        + "'. Choose one from the finance overview."));
  }

  private static List<Section> sections(FinanceSection section, PlanView view) {
    return section.sectionsOf(
        FinanceForms.of(view.plan(), view.analysis().round(), view.analysis().summary().years()));
  }
}
