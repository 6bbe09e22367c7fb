package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Period;
import bcf.plan.MetricAmbition;
import bcf.plan.MetricAmbition.Observation;
import bcf.plan.Plan;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warwickshire 2014-16: permanent admissions 65+ of 703 / 104,380 per 100,000 = 673.5. */
class MetricConsistentTest {

  private final MetricConsistent rule = new MetricConsistent();

  private static Observation observed(
      String period, String numerator, String denominator, String value) {
    return new Observation(
        period == null ? null : Period.parse(period),
        null,
        null,
        numerator == null ? null : new BigDecimal(numerator),
        denominator == null ? null : new BigDecimal(denominator),
        value == null ? null : new BigDecimal(value));
  }

  private static MetricAmbition admissions(
      Observation baseline, List<Observation> targets, List<Observation> actuals) {
    return new MetricAmbition(
        null,
        "permanent-admissions-65",
        "Permanent admissions 65+",
        null,
        null,
        baseline,
        targets,
        null,
        actuals,
        null);
  }

  private static Plan baseline(String value) {
    return aPlan()
        .forRound("2014-16")
        .withMetric(admissions(observed("2012-13", "703", "104380", value), List.of(), List.of()))
        .build();
  }

  @Test
  void its_id_is_metric_consistent() {
    assertThat(rule.id()).isEqualTo("metric-consistent");
  }

  @Test
  void a_value_matching_its_numerator_and_denominator_to_the_places_stated_has_no_findings() {
    assertThat(check(rule, baseline("673.5"), Severity.ERROR)).isEmpty();
    assertThat(check(rule, baseline("674"), Severity.ERROR)).isEmpty();
    assertThat(check(rule, baseline("673.50"), Severity.ERROR)).isEmpty();
    assertThat(check(rule, baseline("673.501"), Severity.ERROR)).isEmpty();
  }

  @Test
  void a_value_a_tenth_over_is_flagged_with_the_calculation() {
    assertThat(check(rule, baseline("673.6"), Severity.ERROR))
        .containsExactly(
            finding(
                "metric-consistent",
                Severity.ERROR,
                "metrics[0].baseline.value",
                "Permanent admissions 65+: the stated value 673.6 does not match 703 / 104380 x"
                    + " 100000 = 673.501.",
                "2012-13",
                "673.6",
                "673.5",
                "-0.1"));
  }

  @Test
  void a_value_a_tenth_under_is_flagged_at_the_rounds_severity() {
    assertThat(check(rule, baseline("673.4"), Severity.WARNING))
        .extracting(Finding::severity, Finding::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, new BigDecimal("0.1")));
  }

  @Test
  void a_value_a_thousandth_out_at_three_places_is_flagged() {
    assertThat(check(rule, baseline("673.502"), Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "Permanent admissions 65+: the stated value 673.502 does not match 703 / 104380 x"
                + " 100000 = 673.50067.");
  }

  @Test
  void targets_and_actuals_are_checked_at_their_place_in_the_list() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(
                admissions(
                    null,
                    List.of(
                        observed("2014-15", "703", "104380", "673.5"),
                        observed("2015-16", "703", "104380", "600")),
                    List.of(
                        observed("2013-14", "1", "100000", "1"),
                        observed(null, "2", "100000", "1"))))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::where, Finding::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "metrics[0].targets[1].value", bcf.finance.PlanBuilder.year("2015-16")),
            org.assertj.core.groups.Tuple.tuple("metrics[0].actuals[1].value", null));
  }

  @Test
  void a_zero_denominator_is_flagged_at_the_denominator() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(admissions(observed("2012-13", "703", "0", "673.5"), List.of(), List.of()))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "metric-consistent",
                Severity.ERROR,
                "metrics[0].baseline.denominator",
                "Permanent admissions 65+: the denominator is zero."));
  }

  @Test
  void a_value_without_a_numerator_is_not_checked_even_over_a_zero_denominator() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(admissions(observed("2012-13", null, "0", "673.5"), List.of(), List.of()))
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_count_is_its_numerator_and_needs_no_denominator() {
    var count =
        new MetricAmbition(
            null,
            "non-elective-admissions",
            "Non-elective admissions",
            null,
            null,
            observed("2013-14", "16000", "0", "16000"),
            List.of(observed("2014-15", "15000", null, "15001")),
            null,
            List.of(),
            null);

    assertThat(check(rule, aPlan().forRound("2014-16").withMetric(count).build(), Severity.ERROR))
        .containsExactly(
            finding(
                "metric-consistent",
                Severity.ERROR,
                "metrics[0].targets[0].value",
                "Non-elective admissions: the stated value 15001 does not match 15000 = 15000.00.",
                "2014-15",
                "15001",
                "15000",
                "-1"));
  }

  @Test
  void observations_without_a_value_numerator_or_denominator_are_not_checked() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(
                admissions(
                    observed("2012-13", "703", "104380", null),
                    List.of(observed("2014-15", null, "104380", "1")),
                    List.of(observed("2014-15", "703", null, "1"))))
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_metric_nobody_defines_is_not_checked_and_a_local_definition_is_used() {
    var undefined =
        new MetricAmbition(
            null,
            "made-up",
            null,
            null,
            null,
            observed("2014-15", "1", "2", "99"),
            List.of(),
            null,
            List.of(),
            null);
    var local =
        new MetricAmbition(
            null,
            "local-metric",
            "Falls per 1,000",
            null,
            new MetricAmbition.Definition("crude-rate", new BigDecimal("1000"), null, null),
            observed("2014-15", "1", "2", "499"),
            List.of(),
            null,
            List.of(),
            null);
    var plan = aPlan().forRound("2014-16").withMetric(undefined).withMetric(local).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "metrics[1].baseline.value",
                "Falls per 1,000: the stated value 499 does not match 1 / 2 x 1000 = 500.00."));
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(
                admissions(observed("2012-13", "703", "104380", "673.6"), List.of(), List.of()))
            .explaining("metric-consistent", null, "metrics[0].baseline", "As published by ASCOF.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2014-16"), "metric-consistent", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("As published by ASCOF.");
  }
}
