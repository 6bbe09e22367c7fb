package bcf.register.web;

import bcf.access.Actor;
import bcf.access.SignInRequired;
import bcf.document.EditConflict;
import bcf.register.RegisterPart;
import bcf.register.RegisterRefusal;
import bcf.register.RegisterService;
import bcf.register.json.RegisterDocumentException;
import bcf.register.model.Finding;
import bcf.register.model.Register;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The steps every register form repeats, in one place: open it only for those who may edit the
 * register, and save an edit from the version the form was opened at or show the form again (with
 * the conflict, the broken rules beside their fields, or an unusable document), nothing half-saved.
 */
final class RegisterForms {

  private RegisterForms() {}

  /** Shows a form again: with its errors, or after a conflict, with the conflict's words. */
  interface ShowAgain {
    String show(
        RegisterService.RegisterView view,
        Map<String, String> errors,
        Map<String, String> values,
        String conflict);
  }

  /** Which field of the form a finding at a place in the document ({@code where}) belongs to. */
  interface FieldOf {
    String field(String where);
  }

  /** The register, for a caller who may edit it; sign in first, or 403. */
  static RegisterService.RegisterView editable(
      RegisterService registers, Actor actor, String planId) {
    RegisterService.RegisterView view = registers.view(actor, planId);
    if (!view.canEdit()) {
      if (actor.isAnonymous()) {
        throw new SignInRequired();
      }
      throw RegisterRefusal.forbidden();
    }
    return view;
  }

  /**
   * Saves the edit of {@code parts} from the form's {@code baseVersion} and redirects to {@code
   * done}; or shows the form again: after a conflict from the version now current with what was
   * entered (so saving again applies it), with each broken rule beside its field, or with the
   * document's problem.
   */
  static String save(
      RegisterService registers,
      Actor actor,
      String planId,
      RegisterService.RegisterView view,
      Map<String, String> fields,
      List<RegisterPart> parts,
      UnaryOperator<Register> edit,
      FieldOf fieldOf,
      ShowAgain again,
      String done) {
    Integer base = version(fields.get("baseVersion"));
    try {
      registers.edit(actor, planId, parts, base, edit);
    } catch (EditConflict conflict) {
      Map<String, String> kept = new LinkedHashMap<>(fields);
      kept.remove("baseVersion");
      return again.show(registers.view(actor, planId), Map.of(), kept, conflict.getMessage());
    } catch (RegisterRefusal.Broken broken) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (Finding f : broken.findings()) {
        errors.merge(fieldOf.field(f.where()), f.describe(), (a, b) -> a + " " + b);
      }
      return again.show(view, errors, fields, null);
    } catch (RegisterDocumentException bad) {
      return again.show(view, Map.of("baseVersion", bad.describe()), fields, null);
    }
    return "redirect:" + done;
  }

  /**
   * What every register form's page holds: its title (with "Error: " when it shows errors or a
   * conflict), heading, which form, the plan and register, the errors, the values shown, the
   * conflict's words and the version the form saves from.
   */
  static void formPage(
      org.springframework.ui.Model model,
      RegisterService.RegisterView view,
      String heading,
      String form,
      Map<String, String> errors,
      Map<String, String> values,
      String conflict,
      int baseVersion) {
    model.addAttribute(
        "title",
        (errors.isEmpty() && conflict == null ? "" : "Error: ") + heading + " – Risk register");
    model.addAttribute("heading", heading);
    model.addAttribute("form", form);
    model.addAttribute("planId", view.planId());
    model.addAttribute("view", view);
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    model.addAttribute("conflict", conflict);
    model.addAttribute("baseVersion", baseVersion);
  }

  /**
   * The version the form was opened at: kept from the posted form when it is shown again with its
   * errors (so a later save still finds a conflict), after a conflict the version now current.
   */
  static int baseVersion(Map<String, String> values, RegisterService.RegisterView view) {
    Integer posted = version(values.get("baseVersion"));
    return posted == null ? view.record().currentVersion() : posted;
  }

  /** The version a form names, or null when it names none that could be one. */
  static Integer version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A field's text, stripped; null when blank or missing. */
  static String text(Map<String, String> fields, String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Puts a value shown on a form, when there is one. */
  static void put(Map<String, String> values, String name, Object value) {
    if (value != null) {
      values.put(name, value.toString());
    }
  }
}
