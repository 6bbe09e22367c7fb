package bcf.planning.web;

import bcf.access.Actor;
import bcf.access.SignInRequired;
import bcf.document.EditConflict;
import bcf.plan.Plan;
import bcf.plan.json.DocumentPaths;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentWriter;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every edit page (a part, a scheme, a metric, an explanation) does: open the plan for an
 * editor or refuse, read the version a form was based on, give a version's document as a tree, find
 * the row an address numbers, and save a part or show the page again with why not.
 */
final class EditablePlans {

  private static final PlanDocumentWriter WRITER = new PlanDocumentWriter();

  private EditablePlans() {}

  /** The plan's view for someone who may edit it; anyone else is sent to sign in or refused. */
  static PlanView editable(PlanService plans, Actor actor, String id) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView view = plans.view(actor, id);
    if (!view.can().edit()) {
      throw new PlanningException.AccessRefused("You may not edit this plan.");
    }
    return view;
  }

  /**
   * The plan document of a version as a tree for the form: the plan already in the view when the
   * version is the one shown (as it is unless someone saved in between), else that version's.
   */
  static ObjectNode document(PlanService plans, Actor actor, PlanView view, int version) {
    Plan plan =
        version == view.version()
            ? view.plan()
            : plans.view(actor, view.record().id(), version).plan();
    return WRITER.toJson(plan);
  }

  /**
   * What every edit page of a plan holds: the plan, its title ("Error: " first when the page shows
   * errors or a conflict, then {@code name} and the plan's title), the version the form saves from,
   * the form and the conflict's words.
   */
  static void formPage(
      org.springframework.ui.Model model,
      PlanView view,
      String name,
      int baseVersion,
      EditPage page,
      String conflictMessage) {
    model.addAttribute("view", view);
    model.addAttribute(
        "title",
        (page.errors().isEmpty() && conflictMessage == null ? "" : "Error: ")
            + name
            + " – "
            + view.record().title());
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("edit", page);
    model.addAttribute("conflictMessage", conflictMessage);
  }

  /** The version a form says it was based on, or a refusal in words. */
  static int baseVersion(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new PlanningException.BadRequest(
          "The form did not say which version it was based on; open the page again.");
    }
  }

  /**
   * The index of the row an address numbers (1 is the first) in {@code rows}, or a refusal in
   * words, {@code refusal}, when there is no such row.
   */
  static int existingRow(String number, JsonNode rows, String refusal) {
    try {
      int n = Integer.parseInt(number);
      if (n >= 1 && n <= rows.size()) {
        return n - 1;
      }
    } catch (NumberFormatException e) {
      // not a number: refused below
    }
    throw new PlanningException.BadRequest(refusal);
  }

  /** The part's fields of a document, as the service saves a part: whole. */
  static ObjectNode content(PlanPart part, ObjectNode document) {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    for (String field : part.fields()) {
      JsonNode value = document.get(field);
      if (value != null && !value.isNull()) {
        content.set(field, value);
      }
    }
    return content;
  }

  /** A page shown again: at a version, with its fields, errors or conflict, and a message. */
  interface Shown {
    String page(int version, EditPage page, String conflictMessage);
  }

  /**
   * Saves the part from a form's outcome and goes to {@code savedAddress}, or shows the page again:
   * with the form's {@code errors} (400), with what someone else changed since the form was opened
   * in words (409, at the current version), or with the plan reader's refusal at its field (400).
   */
  static String saveOrShow(
      PlanService plans,
      Actor actor,
      PlanView view,
      PlanPart part,
      int baseVersion,
      ObjectNode document,
      List<Section> sections,
      Submission submission,
      Outcome outcome,
      Map<String, String> errors,
      HttpServletResponse response,
      Shown shown,
      String savedAddress) {
    String id = view.record().id();
    if (!errors.isEmpty()) {
      response.setStatus(400);
      return shown.page(
          baseVersion, EditPage.of(document, sections, submission, errors, null), null);
    }
    try {
      plans.updatePart(actor, id, part, baseVersion, content(part, outcome.document()));
    } catch (EditConflict conflict) {
      response.setStatus(409);
      return shown.page(
          conflict.currentVersion(),
          EditPage.of(
              document,
              sections,
              submission,
              Map.of(),
              HistoryRows.changes(
                  conflict.changes(),
                  HistoryRows.Trees.cached(v -> plans.tree(actor, id, v)),
                  view.analysis().round())),
          conflict.getMessage());
    } catch (PlanDocumentException e) {
      response.setStatus(400);
      Map<String, String> refused = new LinkedHashMap<>();
      refused.put(outcome.formPointer(DocumentPaths.toPointer(e.where())), e.getMessage());
      return shown.page(
          baseVersion, EditPage.of(document, sections, submission, refused, null), null);
    }
    return "redirect:" + savedAddress;
  }

  /** A removal's confirmation shown again: at a version, with why and what someone changed. */
  interface ShownRemoval {
    String page(int version, String conflictMessage, List<HistoryRows.ChangeRow> changes);
  }

  /**
   * Removes row {@code index} of the part's list {@code list} (the part holding only that list) and
   * goes to {@code removedAddress}, or shows the confirmation again with what someone else changed
   * since it was opened (409).
   */
  static String removeRow(
      PlanService plans,
      Actor actor,
      PlanView view,
      PlanPart part,
      String list,
      int index,
      int baseVersion,
      ObjectNode document,
      HttpServletResponse response,
      ShownRemoval shown,
      String removedAddress) {
    String id = view.record().id();
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    tools.jackson.databind.node.ArrayNode kept = content.putArray(list);
    JsonNode rows = document.path(list);
    for (int i = 0; i < rows.size(); i++) {
      if (i != index) {
        kept.add(rows.get(i));
      }
    }
    try {
      plans.updatePart(actor, id, part, baseVersion, content);
    } catch (EditConflict conflict) {
      response.setStatus(409);
      return shown.page(
          conflict.currentVersion(),
          conflict.getMessage(),
          HistoryRows.changes(
              conflict.changes(),
              HistoryRows.Trees.cached(v -> plans.tree(actor, id, v)),
              view.analysis().round()));
    }
    return "redirect:" + removedAddress;
  }
}
