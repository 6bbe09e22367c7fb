package bcf.workflow;

import java.util.List;

/**
 * The plan workflow as a state machine: draft, agreed by partners (every required signatory has
 * signed the current version), approved by the HWB, submitted (refused while error findings remain,
 * unless an override reason is given), assured with an outcome, or returned to draft with comments.
 * {@link #decide} either gives the transition to record or refuses with a named rule.
 */
public final class Workflow {

  private Workflow() {}

  /** What the guards need to know about the plan now. */
  public record State(
      PlanStatus status, int version, List<String> missingSignatures, int errorFindings) {}

  /** What the user asked for. */
  public record Request(
      WorkflowAction action, String comment, String overrideReason, Outcome outcome) {}

  /** The transition to record. */
  public record Transition(
      WorkflowAction action,
      PlanStatus from,
      PlanStatus to,
      Outcome outcome,
      String comment,
      String overrideReason) {}

  public static Transition decide(State state, Request request) {
    WorkflowAction action = request.action();
    if (!action.allowedFrom(state.status())) {
      throw new WorkflowRefused(
          "not-allowed-from-status",
          "A plan that is "
              + state.status().label().toLowerCase()
              + " cannot be moved by \""
              + action.label()
              + "\".");
    }
    String comment = blankToNull(request.comment());
    String override = null;
    Outcome outcome = null;
    switch (action) {
      case AGREE -> {
        if (!state.missingSignatures().isEmpty()) {
          throw new WorkflowRefused(
              "signatures-missing",
              "Version "
                  + state.version()
                  + " has not been signed by: "
                  + String.join("; ", state.missingSignatures())
                  + ".");
        }
      }
      case SUBMIT -> {
        override = blankToNull(request.overrideReason());
        if (state.errorFindings() > 0 && override == null) {
          throw new WorkflowRefused(
              "errors-remain",
              "The plan has "
                  + state.errorFindings()
                  + (state.errorFindings() == 1 ? " error finding" : " error findings")
                  + ". Correct "
                  + (state.errorFindings() == 1 ? "it" : "them")
                  + ", or give a reason to submit anyway (the assurer will see it).");
        }
        if (state.errorFindings() == 0) {
          override = null;
        }
      }
      case ASSURE -> {
        outcome = request.outcome();
        if (outcome == null) {
          throw new WorkflowRefused(
              "outcome-required",
              "Choose an outcome: approved, approved with support, or not approved.");
        }
      }
      case RETURN -> {
        if (comment == null) {
          throw new WorkflowRefused(
              "comment-required", "Say why the plan is returned to draft: add a comment.");
        }
      }
      default -> {}
    }
    return new Transition(action, state.status(), action.to(), outcome, comment, override);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
