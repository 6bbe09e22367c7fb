package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContingencyCompleteTest {

  private final ContingencyComplete rule = new ContingencyComplete();

  private static PlanBuilder a2014Plan() {
    return aPlan().forRound("2014-16");
  }

  @Test
  void its_id_is_contingency_complete() {
    assertThat(rule.id()).isEqualTo("contingency-complete");
  }

  @Test
  void a_plan_without_a_contingency_plan_is_flagged_at_the_rounds_severity() {
    List<Finding> findings = check(rule, a2014Plan().build(), Severity.WARNING);

    assertThat(findings)
        .containsExactly(
            finding(
                "contingency-complete",
                Severity.WARNING,
                "contingency",
                "The plan has no contingency plan: planned savings if targets are met, and the"
                    + " maximum support other services need if they are not."));
  }

  @Test
  void the_severity_is_the_rounds_not_the_rules_own() {
    assertThat(check(rule, a2014Plan().build(), Severity.ERROR))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void a_complete_contingency_plan_has_no_findings() {
    var plan =
        a2014Plan()
            .withContingency("2015-16", pounds(1_000_000), pounds(500_000))
            .withContingency("ongoing", pounds(0), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
  }

  @Test
  void blank_planned_savings_are_flagged_at_their_line() {
    var plan =
        a2014Plan()
            .withContingency("2014-15", pounds(1), pounds(2))
            .withContingency("2015-16", null, pounds(500_000))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "contingency-complete",
                Severity.WARNING,
                "contingency[1].plannedSavings",
                "The contingency plan's planned savings (if targets are fully achieved) for"
                    + " 2015/16 are blank."));
  }

  @Test
  void blank_maximum_support_is_flagged_at_its_line() {
    var plan = a2014Plan().withContingency("ongoing", pounds(1_000_000), null).build();

    assertThat(check(rule, plan, Severity.INFO))
        .containsExactly(
            finding(
                "contingency-complete",
                Severity.INFO,
                "contingency[0].maximumSupport",
                "The contingency plan's maximum support needed for other services (if targets are"
                    + " not achieved) for later years is blank."));
  }

  @Test
  void a_line_blank_on_both_sides_has_two_findings() {
    var plan = a2014Plan().withContingency("2015-16", null, null).build();

    assertThat(check(rule, plan, Severity.WARNING))
        .extracting(Finding::where)
        .containsExactly("contingency[0].plannedSavings", "contingency[0].maximumSupport");
  }

  @Test
  void the_plans_explanation_is_attached_to_the_finding() {
    var plan =
        a2014Plan()
            .withContingency("2015-16", null, pounds(1))
            .explaining(
                "contingency-complete", null, "contingency[0]", "Savings are agreed in June.")
            .build();

    List<Finding> findings =
        validate(plan, RoundBuilder.theRound("2014-16"), "contingency-complete", "warning");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where()).isEqualTo("contingency[0].plannedSavings");
              assertThat(f.explanation()).isEqualTo("Savings are agreed in June.");
            });
  }
}
