package bcf.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow state machine: where each action may start, where it leads, and its guards. */
class WorkflowTest {

  private static Workflow.State state(PlanStatus status) {
    return new Workflow.State(status, 3, List.of(), 0);
  }

  private static Workflow.Request request(WorkflowAction action) {
    return new Workflow.Request(action, "A comment", null, Outcome.APPROVED);
  }

  private static WorkflowRefused refusal(Workflow.State state, Workflow.Request request) {
    try {
      Workflow.decide(state, request);
    } catch (WorkflowRefused e) {
      return e;
    }
    throw new AssertionError("expected " + request.action() + " to be refused from " + state);
  }

  @ParameterizedTest
  @EnumSource(WorkflowAction.class)
  void eachActionIsAllowedOnlyFromItsStates(WorkflowAction action) {
    Set<PlanStatus> allowed =
        switch (action) {
          case AGREE -> EnumSet.of(PlanStatus.DRAFT);
          case APPROVE -> EnumSet.of(PlanStatus.AGREED);
          case SUBMIT -> EnumSet.of(PlanStatus.APPROVED);
          case ASSURE -> EnumSet.of(PlanStatus.SUBMITTED);
          case RETURN -> EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.ASSURED);
          case REOPEN -> EnumSet.of(PlanStatus.AGREED, PlanStatus.APPROVED);
        };
    PlanStatus to =
        switch (action) {
          case AGREE -> PlanStatus.AGREED;
          case APPROVE -> PlanStatus.APPROVED;
          case SUBMIT -> PlanStatus.SUBMITTED;
          case ASSURE -> PlanStatus.ASSURED;
          case RETURN, REOPEN -> PlanStatus.DRAFT;
        };
    for (PlanStatus status : PlanStatus.values()) {
      if (allowed.contains(status)) {
        Workflow.Transition t = Workflow.decide(state(status), request(action));
        assertThat(t.action()).isEqualTo(action);
        assertThat(t.from()).isEqualTo(status);
        assertThat(t.to()).isEqualTo(to);
        assertThat(t.comment()).isEqualTo("A comment");
      } else {
        WorkflowRefused refused = refusal(state(status), request(action));
        assertThat(refused.rule())
            .as(action + " from " + status)
            .isEqualTo("not-allowed-from-status");
        assertThat(refused.getMessage())
            .contains(status.label().toLowerCase())
            .contains(action.label());
      }
    }
  }

  @Test
  void agreementNeedsEverySignatureOfTheCurrentVersion() {
    Workflow.State missing =
        new Workflow.State(
            PlanStatus.DRAFT,
            4,
            List.of("Warwickshire County Council (On behalf of the council)", "HWB (Chair)"),
            0);
    WorkflowRefused refused = refusal(missing, request(WorkflowAction.AGREE));
    assertThat(refused.rule()).isEqualTo("signatures-missing");
    assertThat(refused.getMessage())
        .contains("Version 4")
        .contains("Warwickshire County Council (On behalf of the council); HWB (Chair)");
    // Errors do not stop agreement: only submission checks them.
    Workflow.Transition agreed =
        Workflow.decide(
            new Workflow.State(PlanStatus.DRAFT, 4, List.of(), 7),
            new Workflow.Request(WorkflowAction.AGREE, "  ", null, null));
    assertThat(agreed.to()).isEqualTo(PlanStatus.AGREED);
    assertThat(agreed.comment()).isNull();
    assertThat(agreed.outcome()).isNull();
  }

  @Test
  void submissionWithErrorsNeedsAReasonThatIsKept() {
    Workflow.State errors = new Workflow.State(PlanStatus.APPROVED, 5, List.of(), 3);
    WorkflowRefused refused =
        refusal(errors, new Workflow.Request(WorkflowAction.SUBMIT, "Here", null, null));
    assertThat(refused.rule()).isEqualTo("errors-remain");
    assertThat(refused.getMessage()).contains("3 error findings").contains("them");
    WorkflowRefused blank =
        refusal(errors, new Workflow.Request(WorkflowAction.SUBMIT, "Here", " \n ", null));
    assertThat(blank.rule()).isEqualTo("errors-remain");
    WorkflowRefused one =
        refusal(
            new Workflow.State(PlanStatus.APPROVED, 5, List.of(), 1),
            new Workflow.Request(WorkflowAction.SUBMIT, null, null, null));
    assertThat(one.getMessage()).contains("1 error finding.").contains("Correct it");

    Workflow.Transition submitted =
        Workflow.decide(
            errors, new Workflow.Request(WorkflowAction.SUBMIT, null, "  Known issue  ", null));
    assertThat(submitted.to()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(submitted.overrideReason()).isEqualTo("Known issue");
  }

  @Test
  void withoutErrorsAnOverrideReasonIsNotRecorded() {
    Workflow.Transition submitted =
        Workflow.decide(
            new Workflow.State(PlanStatus.APPROVED, 5, List.of(), 0),
            new Workflow.Request(WorkflowAction.SUBMIT, "Clean", "Not needed", null));
    assertThat(submitted.to()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(submitted.overrideReason()).isNull();
    assertThat(submitted.comment()).isEqualTo("Clean");
  }

  @Test
  void assuranceNeedsAnOutcome() {
    Workflow.State submitted = new Workflow.State(PlanStatus.SUBMITTED, 6, List.of(), 2);
    WorkflowRefused refused =
        refusal(submitted, new Workflow.Request(WorkflowAction.ASSURE, "Fine", null, null));
    assertThat(refused.rule()).isEqualTo("outcome-required");
    for (Outcome outcome : Outcome.values()) {
      Workflow.Transition t =
          Workflow.decide(
              submitted, new Workflow.Request(WorkflowAction.ASSURE, null, null, outcome));
      assertThat(t.to()).isEqualTo(PlanStatus.ASSURED);
      assertThat(t.outcome()).isEqualTo(outcome);
    }
  }

  @Test
  void onlyAssuranceRecordsAnOutcome() {
    Workflow.Transition approved =
        Workflow.decide(
            state(PlanStatus.AGREED),
            new Workflow.Request(WorkflowAction.APPROVE, null, null, Outcome.NOT_APPROVED));
    assertThat(approved.outcome()).isNull();
    assertThat(approved.overrideReason()).isNull();
  }

  @Test
  void returningToDraftNeedsAComment() {
    for (PlanStatus from : List.of(PlanStatus.SUBMITTED, PlanStatus.ASSURED)) {
      WorkflowRefused none =
          refusal(state(from), new Workflow.Request(WorkflowAction.RETURN, null, null, null));
      assertThat(none.rule()).isEqualTo("comment-required");
      WorkflowRefused blank =
          refusal(state(from), new Workflow.Request(WorkflowAction.RETURN, "   ", null, null));
      assertThat(blank.rule()).isEqualTo("comment-required");
      Workflow.Transition t =
          Workflow.decide(
              state(from), new Workflow.Request(WorkflowAction.RETURN, " Fix it ", null, null));
      assertThat(t.to()).isEqualTo(PlanStatus.DRAFT);
      assertThat(t.comment()).isEqualTo("Fix it");
    }
  }

  @Test
  void reopeningNeedsNoComment() {
    for (PlanStatus from : List.of(PlanStatus.AGREED, PlanStatus.APPROVED)) {
      Workflow.Transition t =
          Workflow.decide(
              state(from), new Workflow.Request(WorkflowAction.REOPEN, null, null, null));
      assertThat(t.from()).isEqualTo(from);
      assertThat(t.to()).isEqualTo(PlanStatus.DRAFT);
      assertThat(t.comment()).isNull();
    }
  }

  @Test
  void actionsAndOutcomesHaveCodes() {
    for (WorkflowAction action : WorkflowAction.values()) {
      assertThat(WorkflowAction.of(action.code())).isEqualTo(action);
    }
    for (Outcome outcome : Outcome.values()) {
      assertThat(Outcome.of(outcome.code())).isEqualTo(outcome);
    }
    assertThatThrownBy(() -> WorkflowAction.of("publish"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Outcome.of("maybe")).isInstanceOf(IllegalArgumentException.class);
  }
}
