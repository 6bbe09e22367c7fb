package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import org.junit.jupiter.api.Test;

class MinimumContributionTest {

  private final MinimumContribution rule = new MinimumContribution();

  private static PlanBuilder aCcgContributing(long minimum, long actual) {
    return aPlan()
        .coveringYears("2017-18")
        .withOrganisation("ccg", "Coventry and Rugby CCG", "ccg")
        .withContribution("ccg", "ccg-minimum", "2017-18", minimum, actual);
  }

  @Test
  void its_id_is_minimum_contribution() {
    assertThat(rule.id()).isEqualTo("minimum-contribution");
  }

  @Test
  void a_contribution_of_exactly_the_minimum_has_no_findings() {
    assertThat(check(rule, aCcgContributing(6_641_659, 6_641_659).build(), Severity.ERROR))
        .isEmpty();
  }

  @Test
  void a_pound_below_the_minimum_is_flagged_at_the_organisations_minimum() {
    var plan =
        aCcgContributing(6_641_659, 6_641_658)
            .withContribution("ccg", "ccg-additional", "2017-18", 0)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "minimum-contribution",
                Severity.ERROR,
                "contributions[0].minimum",
                "Coventry and Rugby CCG contributes £6,641,658 in 2017/18, £1 below its minimum of"
                    + " £6,641,659.",
                "2017-18",
                "6641659.00",
                "6641658.00",
                "-1.00"),
            finding(
                "minimum-contribution",
                Severity.ERROR,
                "contributions",
                "The pooled budget of £6,641,658 in 2017/18 is below the minimum of £6,641,659.",
                "2017-18",
                "6641659.00",
                "6641658.00",
                "-1.00"));
  }

  @Test
  void a_pound_above_the_minimum_is_info() {
    assertThat(check(rule, aCcgContributing(6_641_659, 6_641_660).build(), Severity.ERROR))
        .containsExactly(
            finding(
                "minimum-contribution",
                Severity.INFO,
                "contributions[0].minimum",
                "Coventry and Rugby CCG contributes £6,641,660 in 2017/18, exceeding its minimum"
                    + " of £6,641,659 by £1.",
                "2017-18",
                "6641659.00",
                "6641660.00",
                "1.00"));
  }

  @Test
  void a_shortfall_takes_the_rounds_severity() {
    assertThat(check(rule, aCcgContributing(100, 50).build(), Severity.WARNING))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.WARNING);
  }

  @Test
  void the_minimum_is_found_on_the_row_that_states_it() {
    var plan =
        aPlan()
            .coveringYears("2017-18", "2018-19")
            .withOrganisation("ccg", "ccg")
            .withOrganisation("council", "local-authority")
            .withContribution("council", "la-contribution", "2017-18", 0, 0)
            .withContribution("ccg", "ccg-additional", "2017-18", 10)
            .withContribution("ccg", "ccg-minimum", "2018-19", 100, 90)
            .withContribution("ccg", "ccg-minimum", "2017-18", 100, 90)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .filteredOn(f -> f.where().startsWith("contributions["))
        .extracting(Finding::where, Finding::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "contributions[2].minimum", PlanBuilder.year("2018-19")));
  }

  @Test
  void a_minimum_with_no_contribution_at_all_is_a_shortfall_of_all_of_it() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "CCG", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 100, -1)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "minimum-contribution",
                Severity.ERROR,
                "contributions[0].minimum",
                "CCG contributes £0 in 2017/18, £100 below its minimum of £100.",
                "2017-18",
                "100.00",
                "0.00",
                "-100.00"));
  }

  @Test
  void a_pooled_budget_at_exactly_the_minimum_has_no_total_finding() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withOrganisation("council", "local-authority")
            .withContribution("ccg", "ccg-minimum", "2017-18", 100, 150)
            .withContribution("council", "la-contribution", "2017-18", 100, 50)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::where)
        .containsExactly("contributions[0].minimum", "contributions[1].minimum");
  }

  @Test
  void the_plans_explanation_is_attached_to_a_shortfall() {
    var plan =
        aCcgContributing(100, 90)
            .explaining("minimum-contribution", "2017-18", "contributions[0]", "Agreed with NHSE.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "minimum-contribution", "error"))
        .extracting(Finding::where, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contributions[0].minimum", "Agreed with NHSE."),
            org.assertj.core.groups.Tuple.tuple("contributions", null));
  }
}
