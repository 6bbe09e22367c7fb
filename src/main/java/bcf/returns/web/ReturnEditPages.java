package bcf.returns.web;

import bcf.access.Actor;
import bcf.document.EditConflict;
import bcf.kernel.Refusal;
import bcf.returns.ReturnPart;
import bcf.returns.ReturnRefusal;
import bcf.returns.ReturnStatus;
import bcf.returns.store.ReturnService;
import bcf.returns.store.ReturnService.ReturnView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The pages that fill a return's sections, sign it for an HWB's board, submit it and give the
 * assurer's view. A section is saved whole from the version its page was opened at: someone else's
 * save in between, or a broken rule, shows the page again with why, and nothing is saved.
 */
@Controller
class ReturnEditPages {

  private final ReturnService returns;

  ReturnEditPages(ReturnService returns) {
    this.returns = returns;
  }

  // --- sections ---------------------------------------------------------------------------

  @GetMapping("/returns/{id}/sections/{returnSection}")
  String section(
      Actor actor, @PathVariable String id, @PathVariable String returnSection, Model model) {
    ReturnView view = editable(actor, id);
    SectionForm form = new SectionForm(view, part(view, returnSection));
    return sectionPage(model, view, form, form.groups(), view.record().currentVersion(), Map.of());
  }

  @PostMapping("/returns/{id}/sections/{returnSection}")
  String saveSection(
      Actor actor,
      @PathVariable String id,
      @PathVariable String returnSection,
      @RequestParam MultiValueMap<String, String> posted,
      HttpServletResponse response,
      Model model) {
    ReturnView view = editable(actor, id);
    ReturnPart part = part(view, returnSection);
    Map<String, String> values = SectionForm.posted(posted);
    int base;
    try {
      base = Integer.parseInt(values.getOrDefault("baseVersion", "").strip());
    } catch (NumberFormatException e) {
      throw ReturnRefusal.badRequest(
          "version-required",
          "The form did not say which version it was based on; open the page again.");
    }
    // The rows of the form are those of the version it was opened at.
    SectionForm form = new SectionForm(view, part);
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode value = form.read(values, errors);
    if (errors.isEmpty()) {
      try {
        returns.saveSection(actor, id, part, base, value);
        return "redirect:/returns/" + id + "?saved=" + part.code();
      } catch (EditConflict conflict) {
        response.setStatus(409);
        errors.put(form.firstField(), conflict.getMessage());
        ReturnView now = returns.view(actor, id);
        return sectionPage(
            model,
            now,
            form,
            form.groups(values),
            conflict.currentVersion(),
            errors,
            "Saving again replaces their changes to this section with yours.");
      } catch (ReturnRefusal refusal) {
        if (refusal.kind() != Refusal.Kind.UNUSABLE && refusal.kind() != Refusal.Kind.CONFLICT) {
          throw refusal;
        }
        errors.putAll(brokenRules(form, refusal));
      }
    }
    response.setStatus(400);
    return sectionPage(model, view, form, form.groups(values), base, errors);
  }

  /** Each broken rule's message at its field, or at the first field when it is not on the form. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> brokenRules(SectionForm form, ReturnRefusal refusal) {
    Map<String, String> errors = new LinkedHashMap<>();
    Object findings = refusal.details().get("findings");
    if (findings instanceof List<?> list && !list.isEmpty()) {
      for (Object f : list) {
        Map<String, Object> finding = (Map<String, Object>) f;
        if (!"error".equals(finding.get("severity"))) {
          continue;
        }
        String field = form.fieldOf((String) finding.get("where")).orElse(form.firstField());
        errors.merge(field, (String) finding.get("message"), (a, b) -> a + " " + b);
      }
    }
    if (errors.isEmpty()) {
      errors.put(form.firstField(), refusal.getMessage());
    }
    return errors;
  }

  private String sectionPage(
      Model model,
      ReturnView view,
      SectionForm form,
      List<SectionForm.Group> groups,
      int version,
      Map<String, String> errors) {
    return sectionPage(model, view, form, groups, version, errors, null);
  }

  private String sectionPage(
      Model model,
      ReturnView view,
      SectionForm form,
      List<SectionForm.Group> groups,
      int version,
      Map<String, String> errors,
      String conflictHint) {
    ReturnPart part = form.part();
    model.addAttribute("view", view);
    model.addAttribute("part", part);
    model.addAttribute("title", part.label() + ": " + view.record().title());
    model.addAttribute("groups", groups);
    model.addAttribute("baseVersion", version);
    model.addAttribute("errors", errors);
    model.addAttribute("conflictHint", conflictHint);
    return "returns/section";
  }

  private ReturnPart part(ReturnView view, String code) {
    ReturnPart part =
        ReturnPart.of(code)
            .filter(p -> SectionForm.sections(view).contains(p))
            .orElseThrow(
                () -> ReturnRefusal.notFound("section '" + code + "' of this return on a page"));
    return part;
  }

  private ReturnView editable(Actor actor, String id) {
    return returns.editable(actor, id);
  }

  // --- sign, submit, assure ---------------------------------------------------------------

  @GetMapping("/returns/{id}/actions/{returnAction}")
  String confirm(
      Actor actor, @PathVariable String id, @PathVariable String returnAction, Model model) {
    ReturnStatus.Action action = action(returnAction);
    returns.refuseUnlessMay(actor, id, action);
    return actionPage(model, actor, id, action, Map.of(), Map.of());
  }

  @PostMapping("/returns/{id}/actions/{returnAction}")
  String act(
      Actor actor,
      @PathVariable String id,
      @PathVariable String returnAction,
      @RequestParam(name = "hwb", required = false) String hwb,
      @RequestParam(name = "comment", required = false) String comment,
      HttpServletResponse response,
      Model model) {
    ReturnStatus.Action action = action(returnAction);
    returns.refuseUnlessMay(actor, id, action);
    Map<String, String> errors = new LinkedHashMap<>();
    String blankHwb = hwb == null || hwb.isBlank() ? null : hwb.strip();
    if (action == ReturnStatus.Action.SIGN_OFF && blankHwb == null) {
      errors.put("hwb", "Choose the board you sign for");
    }
    if (action == ReturnStatus.Action.ASSURE && (comment == null || comment.isBlank())) {
      errors.put("comment", "Give the assurer's view of the return");
    }
    if (errors.isEmpty()) {
      try {
        returns.act(actor, id, action, blankHwb, comment);
        return "redirect:/returns/" + id + "?done=" + action.code();
      } catch (ReturnRefusal refusal) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN
            || refusal.kind() == Refusal.Kind.NOT_FOUND
            || refusal.kind() == Refusal.Kind.SIGN_IN_REQUIRED) {
          throw refusal;
        }
        String field =
            switch (action) {
              case SIGN_OFF -> "hwb";
              default -> "comment";
            };
        errors.put(field, refusal.getMessage());
        response.setStatus(refusal.kind() == Refusal.Kind.CONFLICT ? 409 : 400);
      }
    } else {
      response.setStatus(400);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("hwb", hwb == null ? "" : hwb);
    values.put("comment", comment == null ? "" : comment);
    return actionPage(model, actor, id, action, values, errors);
  }

  private String actionPage(
      Model model,
      Actor actor,
      String id,
      ReturnStatus.Action action,
      Map<String, String> values,
      Map<String, String> errors) {
    ReturnView view = returns.view(actor, id);
    List<String> signed = returns.signOffs(actor, id).stream().map(s -> s.party()).toList();
    List<SectionForm.Choice> boards =
        view.content().hwbs().stream()
            .filter(h -> !signed.contains(h))
            .map(h -> new SectionForm.Choice(h, view.hwbName(h)))
            .toList();
    boolean now = action.allowedFrom(view.status());
    String heading =
        switch (action) {
          case SIGN_OFF -> "Sign off the return for your board";
          case SUBMIT -> "Submit the return to NHS England";
          case ASSURE -> "Give the assurer's view of the return";
        };
    model.addAttribute("view", view);
    model.addAttribute("action", action);
    model.addAttribute("heading", heading);
    model.addAttribute("title", heading);
    model.addAttribute("boards", boards);
    model.addAttribute(
        "notNow",
        now
            ? null
            : "The return is "
                + view.status().label().toLowerCase(Locale.UK)
                + ", so it cannot be "
                + switch (action) {
                  case SIGN_OFF -> "signed off now.";
                  case SUBMIT ->
                      view.status() == ReturnStatus.DRAFT
                          ? "submitted until every board has signed it off."
                          : "submitted now.";
                  case ASSURE -> "assured now.";
                });
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "returns/action";
  }

  private static ReturnStatus.Action action(String code) {
    return ReturnStatus.Action.of(code)
        .orElseThrow(() -> ReturnRefusal.notFound("action '" + code + "' for a return"));
  }
}
