package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.Plan;
import bcf.plan.Split;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import org.junit.jupiter.api.Test;

class SchemeSpendConsistentTest {

  private final SchemeSpendConsistent rule = new SchemeSpendConsistent();

  private static Plan spending(Split split) {
    return aPlan().withSchemeSpend("a", "2017-18", split).build();
  }

  @Test
  void its_id_is_scheme_spend_consistent() {
    assertThat(rule.id()).isEqualTo("scheme-spend-consistent");
  }

  @Test
  void parts_that_add_to_the_total_have_no_findings() {
    assertThat(
            check(
                rule, spending(new Split(pounds(600), pounds(400), pounds(1000))), Severity.ERROR))
        .isEmpty();
  }

  @Test
  void parts_a_penny_short_of_the_total_are_flagged_with_both_figures() {
    var split = new Split(pounds(600), pounds("399.99"), pounds(1000));

    assertThat(check(rule, spending(split), Severity.ERROR))
        .containsExactly(
            finding(
                "scheme-spend-consistent",
                Severity.ERROR,
                "schemes[0].spend.2017-18",
                "Scheme 'Scheme a' states a total spend of £1,000 for 2017/18 but its recurrent"
                    + " and non-recurrent parts add to £999.99.",
                "2017-18",
                "1000.00",
                "999.99",
                "-0.01"));
  }

  @Test
  void parts_a_penny_over_the_total_are_flagged() {
    var split = new Split(pounds(600), pounds("400.01"), pounds(1000));

    assertThat(check(rule, spending(split), Severity.WARNING))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.actual()).isEqualByComparingTo("1000.01");
              assertThat(f.difference()).isEqualByComparingTo("0.01");
            });
  }

  @Test
  void a_recurrent_part_alone_is_compared_with_the_total() {
    assertThat(check(rule, spending(new Split(pounds(700), null, pounds(1000))), Severity.ERROR))
        .extracting(Finding::actual, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RuleCheck.number("700.00"),
                "Scheme 'Scheme a' states a total spend of £1,000 for 2017/18 but its recurrent"
                    + " and non-recurrent parts add to £700."));
  }

  @Test
  void a_non_recurrent_part_alone_is_compared_with_the_total() {
    assertThat(check(rule, spending(new Split(null, pounds(300), pounds(1000))), Severity.ERROR))
        .extracting(Finding::actual)
        .containsExactly(RuleCheck.number("300.00"));
  }

  @Test
  void a_total_alone_or_parts_alone_have_nothing_to_disagree_with() {
    var plan =
        aPlan()
            .withSchemeSpend("a", "2017-18", new Split(null, null, pounds(1000)))
            .withSchemeSpend("a", "2018-19", new Split(pounds(1), pounds(2), null))
            .withSchemeSpend("b", "2017-18", null)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void benefits_are_checked_like_spend_at_their_scheme_and_year() {
    var plan =
        aPlan()
            .withSchemeSpend("a", "2017-18", new Split(null, null, pounds(5)))
            .withSchemeSpend("b", "2017-18", new Split(null, null, pounds(5)))
            .withSchemeBenefits("b", "2018-19", new Split(pounds(100), pounds(100), pounds(250)))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "scheme-spend-consistent",
                Severity.ERROR,
                "schemes[1].benefits.2018-19",
                "Scheme 'Scheme b' states a total benefits of £250 for 2018/19 but its recurrent"
                    + " and non-recurrent parts add to £200.",
                "2018-19",
                "250.00",
                "200.00",
                "-50.00"));
  }

  @Test
  void every_disagreeing_year_of_every_scheme_is_flagged() {
    var plan =
        aPlan()
            .withSchemeSpend("a", "2017-18", new Split(pounds(1), pounds(1), pounds(3)))
            .withSchemeSpend("a", "2018-19", new Split(pounds(1), pounds(1), pounds(3)))
            .withSchemeSpend("b", "2017-18", new Split(pounds(1), pounds(1), pounds(3)))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::where)
        .containsExactly(
            "schemes[0].spend.2017-18", "schemes[0].spend.2018-19", "schemes[1].spend.2017-18");
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        aPlan()
            .withSchemeSpend("a", "2017-18", new Split(pounds(1), pounds(1), pounds(3)))
            .explaining(
                "scheme-spend-consistent", "2017-18", "schemes[0]", "The total includes £1 VAT.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "scheme-spend-consistent", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("The total includes £1 VAT.");
  }
}
