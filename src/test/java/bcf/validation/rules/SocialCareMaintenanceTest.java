package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.FinancialSummary;
import bcf.finance.FinancialSummary.SocialCareMaintenanceResult;
import bcf.finance.PlanBuilder;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 2017-19 round requires the NHS contribution to social care to rise by 1.79% in 2017/18 and
 * 1.9% in 2018/19.
 */
class SocialCareMaintenanceTest {

  private final SocialCareMaintenance rule = new SocialCareMaintenance();

  /** Baseline £1,000,000 in 2017/18, so £1,017,900 is required. */
  private static PlanBuilder planning(Money planned) {
    return aPlan()
        .coveringYears("2017-18")
        .withSocialCareBaseline("2017-18", pounds(1_000_000))
        .withSocialCarePlanned("2017-18", planned);
  }

  @Test
  void its_id_is_social_care_maintenance() {
    assertThat(rule.id()).isEqualTo("social-care-maintenance");
  }

  @Test
  void planned_spend_exactly_the_uplifted_baseline_is_maintained() {
    assertThat(check(rule, planning(pounds(1_017_900)).build(), Severity.ERROR)).isEmpty();
  }

  @Test
  void planned_spend_above_the_uplifted_baseline_is_maintained() {
    assertThat(check(rule, planning(pounds("1017900.01")).build(), Severity.ERROR)).isEmpty();
  }

  @Test
  void planned_spend_a_penny_below_the_uplifted_baseline_is_flagged_with_the_figures() {
    assertThat(check(rule, planning(pounds("1017899.99")).build(), Severity.ERROR))
        .containsExactly(
            finding(
                "social-care-maintenance",
                Severity.ERROR,
                "socialCareMaintenance.planned.2017-18",
                "Planned NHS spend on social care of £1,017,899.99 in 2017/18 is £0.01 below"
                    + " £1,017,900, the baseline £1,000,000 uplifted by 1.79%.",
                "2017-18",
                "1017900.00",
                "1017899.99",
                "-0.01"));
  }

  @Test
  void a_shortfall_takes_the_rounds_severity() {
    assertThat(check(rule, planning(pounds(1_000_000)).build(), Severity.WARNING))
        .extracting(Finding::severity, Finding::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, new BigDecimal("-17900.00")));
  }

  @Test
  void an_uplift_stated_as_the_round_requires_is_not_flagged_whatever_its_precision() {
    var plan = planning(pounds(1_017_900)).statingSocialCareUplift("2017-18", "0.017900").build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void an_uplift_other_than_the_rounds_is_a_warning_with_both_rates() {
    var plan = planning(pounds(1_017_900)).statingSocialCareUplift("2017-18", "0.015").build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "social-care-maintenance",
                Severity.WARNING,
                "socialCareMaintenance.uplift.2017-18",
                "The plan states a social care uplift of 1.5% for 2017/18; the round requires"
                    + " 1.79%.",
                "2017-18",
                "0.0179",
                "0.015",
                "-0.0029"));
  }

  @Test
  void an_uplift_a_hundredth_of_a_percent_over_is_flagged_too() {
    var plan = planning(pounds(1_017_900)).statingSocialCareUplift("2017-18", "0.0180").build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "The plan states a social care uplift of 1.8% for 2017/18; the round requires 1.79%.");
  }

  @Test
  void without_both_baseline_and_planned_spend_maintenance_cannot_be_checked() {
    var plan =
        aPlan()
            .withSocialCareBaseline("2017-18", pounds(1_000_000))
            .withSocialCarePlanned("2018-19", pounds(1_000_000))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "social-care-maintenance",
                Severity.WARNING,
                "socialCareMaintenance",
                "The plan does not give both its baseline and planned NHS spend on social care"
                    + " for 2017/18, so maintenance in real terms (uplift 1.79%) cannot be"
                    + " checked.",
                "2017-18",
                null,
                null,
                null),
            finding(
                "social-care-maintenance",
                Severity.WARNING,
                "socialCareMaintenance",
                "The plan does not give both its baseline and planned NHS spend on social care"
                    + " for 2018/19, so maintenance in real terms (uplift 1.9%) cannot be"
                    + " checked.",
                "2018-19",
                null,
                null,
                null));
  }

  @Test
  void a_round_without_an_uplift_checks_only_the_uplift_the_plan_states() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .coveringYears("2015-16")
            .withSocialCareBaseline("2015-16", pounds(1_000_000))
            .withSocialCarePlanned("2015-16", pounds(1))
            .statingSocialCareUplift("2015-16", "0.02")
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_missing_figure_under_a_stated_uplift_quotes_the_stated_uplift() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .coveringYears("2015-16")
            .statingSocialCareUplift("2015-16", "0.02")
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "The plan does not give both its baseline and planned NHS spend on social care for"
                + " 2015/16, so maintenance in real terms (uplift 2%) cannot be checked.");
  }

  @Test
  void a_year_with_no_uplift_anywhere_is_not_checked() {
    var plan = aPlan().forRound("2014-16").build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void uplifts_are_shown_as_percentages_rounded_to_two_places() {
    var round =
        RoundBuilder.aRoundLike("2017-19").withSocialCareUplift("2017-18", "0.017951").build();
    var plan = planning(pounds(1)).build();

    assertThat(check(rule, plan, round, Severity.ERROR, Map.of()))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .endsWith("uplifted by 1.8%.");
  }

  @Test
  void an_uplift_nobody_states_is_described_as_unstated() {
    var year = FinancialYear.parse("2017-18");
    var summary =
        new FinancialSummary(
            List.of(year),
            null,
            Map.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(new SocialCareMaintenanceResult(year, null, null, null, null, null)));
    var context = new PlanContext(aPlan().build(), RoundBuilder.theRound("2017-19"), summary);

    assertThat(rule.check(context, new RuleParameters(Severity.ERROR, Map.of())))
        .extracting(Finding::message)
        .containsExactly(
            "The plan does not give both its baseline and planned NHS spend on social care for"
                + " 2017/18, so maintenance in real terms (uplift unstated) cannot be checked.");
  }

  @Test
  void the_plans_explanation_is_attached_to_a_shortfall() {
    var plan =
        planning(pounds(1_000_000))
            .explaining(
                "social-care-maintenance",
                "2017-18",
                "socialCareMaintenance.planned",
                "The 2016/17 baseline included one-off spend.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "social-care-maintenance", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("The 2016/17 baseline included one-off spend.");
  }
}
