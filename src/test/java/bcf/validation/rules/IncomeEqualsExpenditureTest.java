package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aJointPlan;
import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.Plan;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import org.junit.jupiter.api.Test;

/** Sources equal uses, in every year, per funding source and per HWB of a joint plan. */
class IncomeEqualsExpenditureTest {

  private final IncomeEqualsExpenditure rule = new IncomeEqualsExpenditure();

  /** Contributions of £1,000 against one scheme (no source, so only totals are compared). */
  private static Plan spending(long spend) {
    return aPlan()
        .coveringYears("2017-18")
        .withOrganisation("ccg", "ccg")
        .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
        .withScheme("a", "Care", null, "2017-18", spend)
        .build();
  }

  /** A plan in £000: contributions of £1,000,000 against one scheme. */
  private static Plan inThousandsSpending(long spend) {
    return aPlan()
        .coveringYears("2017-18")
        .statedInThousands()
        .withOrganisation("ccg", "ccg")
        .withContribution("ccg", "ccg-minimum", "2017-18", 1_000_000)
        .withScheme("a", "Care", null, "2017-18", spend)
        .build();
  }

  @Test
  void its_id_is_income_equals_expenditure() {
    assertThat(rule.id()).isEqualTo("income-equals-expenditure");
  }

  @Test
  void spend_equal_to_contributions_has_no_findings() {
    assertThat(check(rule, spending(1000), Severity.ERROR)).isEmpty();
  }

  @Test
  void spend_a_pound_over_contributions_in_pounds_is_flagged_with_the_figures() {
    assertThat(check(rule, spending(1001), Severity.ERROR))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.ERROR,
                "schemes",
                "Spend exceeds contributions by £1 in 2017/18: schemes total £1,001 against"
                    + " contributions of £1,000.",
                "2017-18",
                "1000.00",
                "1001.00",
                "1.00"));
  }

  @Test
  void contributions_a_pound_over_spend_are_flagged_the_other_way_round() {
    assertThat(check(rule, spending(999), Severity.WARNING))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.WARNING,
                "schemes",
                "Contributions exceed spend by £1 in 2017/18: schemes total £999 against"
                    + " contributions of £1,000.",
                "2017-18",
                "1000.00",
                "999.00",
                "-1.00"));
  }

  @Test
  void in_thousands_a_difference_of_exactly_the_tolerance_is_rounding_and_only_info() {
    assertThat(check(rule, inThousandsSpending(1_001_000), Severity.ERROR))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.INFO,
                "schemes",
                "Spend and contributions differ by £1,000 in 2017/18: schemes total £1,001,000"
                    + " against contributions of £1,000,000; within the rounding of figures stated"
                    + " in £000 (tolerance £1,000).",
                "2017-18",
                "1000000.00",
                "1001000.00",
                "1000.00"));
  }

  @Test
  void in_thousands_a_difference_just_under_the_tolerance_is_rounding() {
    assertThat(check(rule, inThousandsSpending(999_001), Severity.ERROR))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void in_thousands_a_difference_just_over_the_tolerance_is_the_rounds_severity() {
    assertThat(check(rule, inThousandsSpending(1_001_001), Severity.ERROR))
        .extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR,
                "Spend exceeds contributions by £1,001 in 2017/18: schemes total £1,001,001"
                    + " against contributions of £1,000,000."));
  }

  @Test
  void each_year_is_compared_on_its_own() {
    var plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withContribution("ccg", "ccg-minimum", "2018-19", 1000)
            .withScheme("a", "Care", null, "2017-18", 1000)
            .withScheme("b", "Care", null, "2018-19", 1200)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::year)
        .containsExactly(PlanBuilder.year("2018-19"));
  }

  @Test
  void with_sources_given_throughout_each_source_balances_on_its_own() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withOrganisation("council", "local-authority")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withContribution("council", "la-contribution", "2017-18", 500)
            .withScheme("a", "Care", "ccg-minimum", "2017-18", 1500)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.ERROR,
                "schemes",
                "Spend from CCG minimum contribution exceeds contributions by £500 in 2017/18:"
                    + " schemes total £1,500 against contributions of £1,000.",
                "2017-18",
                "1000.00",
                "1500.00",
                "500.00"),
            finding(
                "income-equals-expenditure",
                Severity.ERROR,
                "schemes",
                "Contributions from Local authority contribution (excluding iBCF) exceed spend by"
                    + " £500 in 2017/18: schemes total £0 against contributions of £500.",
                "2017-18",
                "500.00",
                "0.00",
                "-500.00"));
  }

  @Test
  void a_source_the_round_does_not_know_is_named_by_its_code() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withScheme("a", "Care", "lottery", "2017-18", 1000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "Contributions from CCG minimum contribution exceed spend by £1,000 in 2017/18:"
                + " schemes total £0 against contributions of £1,000.",
            "Spend from lottery exceeds contributions by £1,000 in 2017/18: schemes total £1,000"
                + " against contributions of £0.");
  }

  @Test
  void a_scheme_without_a_source_means_sources_are_not_compared() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withScheme("a", "Care", "ccg-additional", "2017-18", 500)
            .withScheme("b", "Care", null, "2017-18", 500)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_contribution_without_a_stream_means_sources_are_not_compared() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", null, "2017-18", 1000)
            .withScheme("a", "Care", "ccg-additional", "2017-18", 1000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_blank_contribution_without_a_stream_does_not_stop_sources_being_compared() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withContribution("ccg", null, "2017-18", 1000, -1)
            .withScheme("a", "Care", "ccg-additional", "2017-18", 1000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).hasSize(2);
  }

  @Test
  void a_plan_without_contributions_or_schemes_compares_nothing() {
    assertThat(check(rule, aPlan().build(), Severity.ERROR)).isEmpty();
    var noContributions =
        aPlan().coveringYears("2017-18").withScheme("a", "Care", "ccg-minimum", "2017-18", 10);
    assertThat(check(rule, noContributions.build(), Severity.ERROR)).isEmpty();
  }

  @Test
  void in_a_joint_plan_each_hwb_balances_on_its_own() {
    var plan =
        aJointPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("north", "ccg", "ccg-minimum", "2017-18", null, pounds(1000))
            .withContribution("south", "ccg", "ccg-minimum", "2017-18", null, pounds(1000))
            .withSchemeFor("north", "a", null, "2017-18", 1200)
            .withSchemeFor("south", "b", null, "2017-18", 800)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.ERROR,
                "schemes",
                "Spend for Northshire HWB exceeds contributions by £200 in 2017/18: schemes total"
                    + " £1,200 against contributions of £1,000.",
                "2017-18",
                "1000.00",
                "1200.00",
                "200.00"),
            finding(
                "income-equals-expenditure",
                Severity.ERROR,
                "schemes",
                "Contributions for Southshire HWB exceed spend by £200 in 2017/18: schemes total"
                    + " £800 against contributions of £1,000.",
                "2017-18",
                "1000.00",
                "800.00",
                "-200.00"));
  }

  @Test
  void an_hwb_with_income_but_no_spend_is_left_to_the_whole_plans_totals() {
    var plan =
        aJointPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("north", "ccg", "ccg-minimum", "2017-18", null, pounds(1000))
            .withSchemeFor("south", "b", null, "2017-18", 1000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void the_plans_explanation_is_attached_to_its_year() {
    var plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withContribution("ccg", "ccg-minimum", "2018-19", 1000)
            .withScheme("a", "Care", null, "2017-18", 1100)
            .withScheme("b", "Care", null, "2018-19", 1100)
            .explaining(
                "income-equals-expenditure", "2018-19", "schemes", "Reserves fund the extra £100.")
            .build();

    assertThat(
            validate(plan, RoundBuilder.theRound("2017-19"), "income-equals-expenditure", "error"))
        .extracting(Finding::year, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PlanBuilder.year("2017-18"), null),
            org.assertj.core.groups.Tuple.tuple(
                PlanBuilder.year("2018-19"), "Reserves fund the extra £100."));
  }

  @Test
  void a_difference_in_a_plan_whose_source_leaves_detail_out_is_incomplete_detail_not_an_error() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .fromASourceLeavingOut("two of the three schemes")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withScheme("a", "Care", null, "2017-18", 400)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "income-equals-expenditure",
                Severity.INFO,
                "schemes",
                "Spend and contributions cannot be checked against each other in 2017/18: the"
                    + " detail is incomplete: the source leaves out two of the three schemes. The"
                    + " schemes given total £400 and the contributions given £1,000.",
                "2017-18",
                "1000.00",
                "400.00",
                "-600.00"));
    assertThat(
            check(
                rule, plan, Severity.ERROR, java.util.Map.of(Text.INCOMPLETE_SEVERITY, "warning")))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }
}
