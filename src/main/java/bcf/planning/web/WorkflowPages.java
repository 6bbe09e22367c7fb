package bcf.planning.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.document.DocumentHistory;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.validation.Severity;
import bcf.workflow.Outcome;
import bcf.workflow.PlanStatus;
import bcf.workflow.RequiredSignatures;
import bcf.workflow.Workflow;
import bcf.workflow.WorkflowAction;
import bcf.workflow.WorkflowRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's sign-off and workflow page (signatures, workflow actions), its history (versions,
 * transitions, sign-offs, changes) and the differences between two versions. Refusals of a form
 * come back as the same page with a GOV.UK error summary, so the user keeps their place.
 */
@Controller
class WorkflowPages {

  private static final int LATEST_TRANSITIONS = 10;

  private final PlanService plans;

  WorkflowPages(PlanService plans) {
    this.plans = plans;
  }

  /** A required signature and, when given on the current version, who signed. */
  public record SignatureRow(
      String role,
      String roleName,
      String party,
      String partyName,
      DocumentHistory.SignOffEntry signOff,
      String signedAt) {
    public boolean signed() {
      return signOff != null;
    }
  }

  /** An entry of the select of parties still to sign. */
  public record PartyOption(String value, String label) {}

  /** What was typed into the sign-off form. */
  public record SignOffForm(String party, String name, String onBehalfOf) {}

  /** What was typed into a workflow form (the action it was for). */
  public record ActionForm(String action, String comment, String overrideReason, String outcome) {
    static final ActionForm NONE = new ActionForm(null, null, null, null);

    public String comment(String code) {
      return code.equals(action) ? comment : null;
    }

    public String overrideReason(String code) {
      return code.equals(action) ? overrideReason : null;
    }
  }

  @GetMapping("/plans/{id}/sign-off")
  String signOffPage(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String done,
      Model model) {
    actor.requireSignedIn();
    model.addAttribute("done", doneMessage(done, plans.view(actor, id)));
    return signOffPage(
        actor, id, new SignOffForm(null, null, null), ActionForm.NONE, Map.of(), model);
  }

  @PostMapping("/plans/{id}/sign-off")
  String signOff(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String party,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String onBehalfOf,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    SignOffForm form = new SignOffForm(party, name, onBehalfOf);
    Map<String, String> errors = new LinkedHashMap<>();
    if (blank(party)) {
      errors.put("party", "Select on whose behalf you sign");
    }
    if (blank(name)) {
      errors.put("signatory-name", "Enter the name of the person signing");
    }
    if (!errors.isEmpty()) {
      response.setStatus(400);
      return signOffPage(actor, id, form, ActionForm.NONE, errors, model);
    }
    String partyId = party.strip();
    String roleCode = blank(role) ? null : role.strip();
    int bar = partyId.indexOf('|');
    if (bar >= 0) {
      roleCode = partyId.substring(bar + 1);
      partyId = partyId.substring(0, bar);
    }
    if (roleCode == null) {
      // The first signature still missing for this party that the signatory may give (a party may
      // sign in several roles), or else the first missing: refused below, in words.
      String wanted = partyId;
      List<RequiredSignatures.Required> forParty =
          plans.view(actor, id).missingSignatures().stream()
              .filter(r -> r.party().equals(wanted))
              .toList();
      roleCode =
          forParty.stream()
              .filter(r -> PlanAccess.signsFor(actor, r.party(), r.partyName(), r.role()))
              .map(RequiredSignatures.Required::role)
              .findFirst()
              .orElse(forParty.isEmpty() ? null : forParty.get(0).role());
    }
    try {
      plans.signOff(actor, id, partyId, roleCode, name, onBehalfOf);
    } catch (PlanningException.NotYourSignature e) {
      response.setStatus(403);
      return signOffPage(actor, id, form, ActionForm.NONE, Map.of("party", e.getMessage()), model);
    } catch (WorkflowRefused e) {
      response.setStatus(409);
      return signOffPage(actor, id, form, ActionForm.NONE, Map.of("party", e.getMessage()), model);
    } catch (PlanningException.BadRequest e) {
      response.setStatus(400);
      return signOffPage(actor, id, form, ActionForm.NONE, Map.of("party", e.getMessage()), model);
    }
    return "redirect:/plans/{id}/sign-off?done=signed";
  }

  @PostMapping("/plans/{id}/workflow/{action}")
  String act(
      Actor actor,
      @PathVariable String id,
      @PathVariable String action,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String overrideReason,
      @RequestParam(required = false) String outcome,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    WorkflowAction which;
    try {
      which = WorkflowAction.of(action);
    } catch (IllegalArgumentException e) {
      throw new PlanningException.BadRequest("There is no workflow action '" + action + "'.");
    }
    ActionForm form = new ActionForm(which.code(), comment, overrideReason, outcome);
    Outcome chosen = null;
    if (which == WorkflowAction.ASSURE && !blank(outcome)) {
      try {
        chosen = Outcome.of(outcome);
      } catch (IllegalArgumentException e) {
        response.setStatus(400);
        return signOffPage(
            actor,
            id,
            new SignOffForm(null, null, null),
            form,
            Map.of("assure-outcome", "Choose an outcome from the list"),
            model);
      }
    }
    try {
      plans.act(actor, id, new Workflow.Request(which, comment, overrideReason, chosen));
    } catch (WorkflowRefused e) {
      response.setStatus(409);
      return signOffPage(
          actor,
          id,
          new SignOffForm(null, null, null),
          form,
          Map.of(field(which, e.rule()), e.getMessage()),
          model);
    }
    return "redirect:/plans/{id}/sign-off?done=" + which.code();
  }

  @GetMapping("/plans/{id}/history")
  String history(Actor actor, @PathVariable String id, Model model) {
    actor.requireSignedIn();
    PlanView view = plans.view(actor, id);
    DocumentHistory history = plans.history(actor, id);
    model.addAttribute("view", view);
    model.addAttribute("versions", HistoryRows.versions(history.versions()));
    model.addAttribute("transitions", HistoryRows.transitions(history.transitions()));
    model.addAttribute("signOffs", HistoryRows.signOffs(history.signOffs()));
    model.addAttribute(
        "changes",
        HistoryRows.changes(
            history.changes(),
            HistoryRows.Trees.cached(v -> plans.tree(actor, id, v)),
            view.analysis().round()));
    int last = view.record().currentVersion();
    model.addAttribute("from", Math.max(1, last - 1));
    model.addAttribute("to", last);
    return "plans/history";
  }

  @GetMapping("/plans/{id}/diff")
  String diff(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    PlanView view = plans.view(actor, id);
    DocumentHistory history = plans.history(actor, id);
    List<Integer> versions =
        history.versions().stream().map(DocumentHistory.VersionEntry::version).toList();
    Map<String, String> errors = new LinkedHashMap<>();
    Integer fromVersion = version("from", "compare from", from, versions, errors);
    Integer toVersion = version("to", "compare with", to, versions, errors);
    model.addAttribute("view", view);
    model.addAttribute("versions", HistoryRows.versions(history.versions()));
    model.addAttribute("from", from == null ? "" : from.strip());
    model.addAttribute("to", to == null ? "" : to.strip());
    model.addAttribute("errors", errors);
    if (!errors.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("groups", Map.of());
      model.addAttribute("count", 0);
      model.addAttribute("compared", false);
      return "plans/diff";
    }
    List<bcf.document.Change> changes = plans.diff(actor, id, fromVersion, toVersion);
    model.addAttribute(
        "groups",
        HistoryRows.byPart(
            changes,
            plans.tree(actor, id, fromVersion),
            plans.tree(actor, id, toVersion),
            view.analysis().round()));
    model.addAttribute("count", changes.size());
    model.addAttribute("compared", true);
    return "plans/diff";
  }

  private String signOffPage(
      Actor actor,
      String id,
      SignOffForm form,
      ActionForm actionForm,
      Map<String, String> errors,
      Model model) {
    PlanView view = plans.view(actor, id);
    DocumentHistory history = plans.history(actor, id);
    List<SignatureRow> signatures = new ArrayList<>();
    for (RequiredSignatures.Required required : view.requiredSignatures()) {
      DocumentHistory.SignOffEntry signOff =
          view.currentSignOffs().stream()
              .filter(s -> s.party().equals(required.party()) && s.role().equals(required.role()))
              .findFirst()
              .orElse(null);
      signatures.add(
          new SignatureRow(
              required.role(),
              required.roleName(),
              required.party(),
              required.partyName(),
              signOff,
              signOff == null ? null : HistoryRows.when(signOff.signedAt())));
    }
    List<RequiredSignatures.Required> missing = view.missingSignatures();
    // Each partner signs with its own account: someone who has signed this version is offered
    // nothing more, and a signatory is offered only the signatures their authorities cover
    // (organisation and position).
    String youSigned =
        view.currentSignOffs().stream()
            .filter(s -> s.signedBy().equalsIgnoreCase(actor.auditName()))
            .map(DocumentHistory.SignOffEntry::partyName)
            .findFirst()
            .orElse(null);
    List<PartyOption> options = new ArrayList<>();
    for (RequiredSignatures.Required required : missing) {
      if (youSigned != null
          || !PlanAccess.signsFor(actor, required.party(), required.partyName(), required.role())) {
        continue;
      }
      long sameParty = missing.stream().filter(r -> r.party().equals(required.party())).count();
      options.add(
          new PartyOption(
              sameParty > 1 ? required.party() + "|" + required.role() : required.party(),
              required.describe()));
    }
    long errorFindings = view.analysis().count(Severity.ERROR);
    DocumentHistory.TransitionEntry submission = null;
    PlanStatus status = view.record().status();
    if (status == PlanStatus.SUBMITTED || status == PlanStatus.ASSURED) {
      for (DocumentHistory.TransitionEntry t : history.transitions()) {
        if (WorkflowAction.SUBMIT.code().equals(t.action())) {
          submission = t;
        }
      }
    }
    model.addAttribute("view", view);
    model.addAttribute("signatures", signatures);
    model.addAttribute("options", options);
    model.addAttribute("youSigned", youSigned);
    model.addAttribute("errorFindings", errorFindings);
    model.addAttribute("actions", view.can().actions());
    model.addAttribute("outcomes", Arrays.asList(Outcome.values()));
    model.addAttribute(
        "submission", submission == null ? null : HistoryRows.transition(submission));
    model.addAttribute(
        "transitions", HistoryRows.latest(history.transitions(), LATEST_TRANSITIONS));
    model.addAttribute("form", form);
    model.addAttribute("signatoryName", form.name() != null ? form.name() : actor.displayName());
    model.addAttribute("actionForm", actionForm);
    model.addAttribute("errors", errors);
    return "plans/sign-off";
  }

  private static String doneMessage(String done, PlanView view) {
    if (done == null) {
      return null;
    }
    if (done.equals("signed")) {
      int missing = view.missingSignatures().size();
      return "Signature recorded for version "
          + view.record().currentVersion()
          + ". "
          + (missing == 0
              ? "All required signatures are now given."
              : missing + (missing == 1 ? " signature is" : " signatures are") + " still needed.");
    }
    try {
      WorkflowAction action = WorkflowAction.of(done);
      return "Done: "
          + action.label().toLowerCase()
          + ". The plan is now "
          + view.record().status().label().toLowerCase()
          + ".";
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The form field a refusal is about, for the error summary's link. */
  private static String field(WorkflowAction action, String rule) {
    return switch (rule) {
      case "errors-remain" -> "submit-override";
      case "outcome-required" -> "assure-outcome";
      case "comment-required" -> action.code() + "-comment";
      case "signatures-missing" -> "signatures";
      case "not-allowed-from-status" -> "status";
      default -> action.code() + "-comment";
    };
  }

  private static Integer version(
      String field,
      String purpose,
      String text,
      List<Integer> versions,
      Map<String, String> errors) {
    if (blank(text)) {
      errors.put(field, "Choose the version to " + purpose);
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, "The version to " + purpose + " must be a number, like 2");
      return null;
    }
    if (!versions.contains(number)) {
      errors.put(
          field,
          "There is no version "
              + number
              + " of this plan (versions 1 to "
              + versions.stream().mapToInt(Integer::intValue).max().orElse(1)
              + ")");
      return null;
    }
    return number;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
