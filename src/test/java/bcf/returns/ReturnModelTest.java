package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Money;
import bcf.kernel.Refusal;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The return's kind, sections, lifecycle, refusals and words. */
class ReturnModelTest {

  @Test
  void the_kind_is_a_return_of_every_section_and_only_the_assurers_view_keeps_sign_offs() {
    assertThat(ReturnKind.RETURN.code()).isEqualTo("return");
    assertThat(ReturnKind.RETURN.label()).isEqualTo("quarterly return");
    assertThat(ReturnKind.RETURN.parts()).containsExactly(ReturnPart.values());
    assertThat(ReturnKind.RETURN.editInvalidatesSignOffs(ReturnPart.ASSURANCE)).isFalse();
    assertThat(ReturnKind.RETURN.editInvalidatesSignOffs(ReturnPart.NARRATIVE)).isTrue();
    assertThat(ReturnKind.RETURN.editInvalidatesSignOffs(ReturnPart.BUDGET_ARRANGEMENTS)).isTrue();
  }

  @Test
  void a_section_has_its_code_label_and_the_field_it_holds() {
    ReturnPart part = ReturnPart.INCOME_AND_EXPENDITURE;
    assertThat(part.code()).isEqualTo("income-and-expenditure");
    assertThat(part.label()).isEqualTo("Income and expenditure");
    assertThat(part.field()).isEqualTo("incomeAndExpenditure");
    assertThat(part.fields()).containsExactly("incomeAndExpenditure");
    assertThat(ReturnPart.of("assurance")).contains(ReturnPart.ASSURANCE);
    assertThat(ReturnPart.of("metric-progress")).contains(ReturnPart.METRIC_PROGRESS);
    assertThat(ReturnPart.of("metrics")).isEmpty();
  }

  @Test
  void the_lifecycle_moves_draft_signed_off_submitted_assured_and_edits_only_before_submission() {
    assertThat(ReturnStatus.of("signed-off")).contains(ReturnStatus.SIGNED_OFF);
    assertThat(ReturnStatus.of("assured")).contains(ReturnStatus.ASSURED);
    assertThat(ReturnStatus.of("Draft")).isEmpty();
    assertThat(ReturnStatus.SIGNED_OFF.code()).isEqualTo("signed-off");
    assertThat(ReturnStatus.SIGNED_OFF.label()).isEqualTo("Signed off by the HWB");
    assertThat(ReturnStatus.DRAFT.editable()).isTrue();
    assertThat(ReturnStatus.SIGNED_OFF.editable()).isTrue();
    assertThat(ReturnStatus.SUBMITTED.editable()).isFalse();
    assertThat(ReturnStatus.ASSURED.editable()).isFalse();

    ReturnStatus.Action submit = ReturnStatus.Action.SUBMIT;
    assertThat(submit.code()).isEqualTo("submit");
    assertThat(submit.words()).isEqualTo("submit");
    assertThat(submit.to()).isEqualTo(ReturnStatus.SUBMITTED);
    assertThat(submit.allowedFrom(ReturnStatus.SIGNED_OFF)).isTrue();
    assertThat(submit.allowedFrom(ReturnStatus.DRAFT)).isFalse();
    assertThat(ReturnStatus.Action.of("assure")).contains(ReturnStatus.Action.ASSURE);
    assertThat(ReturnStatus.Action.of("sign-off")).contains(ReturnStatus.Action.SIGN_OFF);
    assertThat(ReturnStatus.Action.of("approve")).isEmpty();
    assertThat(ReturnStatus.Action.ASSURE.words()).isEqualTo("give the assurer's view of");
    assertThat(ReturnStatus.Action.SIGN_OFF.to()).isEqualTo(ReturnStatus.SIGNED_OFF);
  }

  @Test
  void refusals_carry_their_kind_rule_and_words() {
    assertRefusal(
        ReturnRefusal.notFound("return 'x'"),
        Refusal.Kind.NOT_FOUND,
        "return-not-found",
        "There is no return 'x'.");
    assertRefusal(
        ReturnRefusal.forbidden("Not yours."),
        Refusal.Kind.FORBIDDEN,
        "return-access",
        "Not yours.");
    assertRefusal(
        ReturnRefusal.signInRequired(),
        Refusal.Kind.SIGN_IN_REQUIRED,
        "sign-in-required",
        "Sign in to see or change this return.");
    assertRefusal(
        ReturnRefusal.conflict("return-conflict", "Changed."),
        Refusal.Kind.CONFLICT,
        "return-conflict",
        "Changed.");
    assertRefusal(
        ReturnRefusal.badRequest("return-json", "Bad."),
        Refusal.Kind.BAD_REQUEST,
        "return-json",
        "Bad.");
    assertRefusal(
        ReturnRefusal.versionRequired(),
        Refusal.Kind.VERSION_REQUIRED,
        "version-required",
        "Say which version of the return the change starts from (If-Match).");
    assertThat(ReturnRefusal.notFound("x").details()).isEmpty();
  }

  private static void assertRefusal(
      ReturnRefusal refusal, Refusal.Kind kind, String rule, String message) {
    assertThat(refusal.kind()).isEqualTo(kind);
    assertThat(refusal.rule()).isEqualTo(rule);
    assertThat(refusal.getMessage()).isEqualTo(message);
  }

  private static Finding finding(String rule, Severity severity, String where, String message) {
    return new Finding(rule, severity, where, message, null, null, null, null, null);
  }

  @Test
  void a_broken_return_is_refused_with_its_first_error_and_every_finding() {
    List<Finding> findings =
        List.of(
            finding("return-not-met-date", Severity.WARNING, "w", "A warning."),
            finding("return-amounts", Severity.ERROR, "e", "An error."),
            finding("return-plan", Severity.ERROR, "f", "Another."));
    ReturnRefusal refusal = ReturnRefusal.broken(findings);
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNUSABLE);
    assertThat(refusal.rule()).isEqualTo("return-amounts");
    assertThat(refusal.getMessage()).isEqualTo("An error. Nothing was saved.");
    assertThat(refusal.details()).containsEntry("where", "e");
    assertThat(refusal.details().get("findings"))
        .isEqualTo(
            List.of(
                Map.of(
                    "rule", "return-not-met-date",
                    "severity", "warning",
                    "where", "w",
                    "message", "A warning."),
                Map.of(
                    "rule",
                    "return-amounts",
                    "severity",
                    "error",
                    "where",
                    "e",
                    "message",
                    "An error."),
                Map.of(
                    "rule",
                    "return-plan",
                    "severity",
                    "error",
                    "where",
                    "f",
                    "message",
                    "Another.")));
    ReturnRefusal warningsOnly =
        ReturnRefusal.broken(List.of(finding("return-not-met-date", Severity.WARNING, "w", "W.")));
    assertThat(warningsOnly.rule()).isEqualTo("return-not-met-date");
  }

  @Test
  void quarters_levels_and_statuses_in_words() {
    assertThat(ReturnWords.quarter(null)).isEqualTo("no quarter");
    assertThat(ReturnWords.quarter("Q3")).isEqualTo("Quarter 3");
    assertThat(ReturnWords.quarter("year-end")).isEqualTo("End of year");
    assertThat(ReturnWords.quarter("Q5")).isEqualTo("'Q5'");
    assertThat(ReturnWords.level(null)).isEmpty();
    assertThat(ReturnWords.level("Plans-In-Place")).isEqualTo("plans in place");
    assertThat(ReturnWords.status("not-on-track")).isEqualTo("not on track");
  }

  @Test
  void a_lines_variance_is_forecast_less_plan_and_needs_both() {
    assertThat(line(100L, 90L).variance()).contains(Money.of(-10));
    assertThat(line(100L, 100L).variance()).contains(Money.ZERO);
    assertThat(line(null, 90L).variance()).isEmpty();
    assertThat(line(100L, null).variance()).isEmpty();
  }

  private static FinanceLine line(Long plan, Long forecast) {
    return SampleReturns.line(null, plan, null, forecast);
  }
}
