package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.MetricAmbition;
import bcf.plan.MetricAmbition.Observation;
import bcf.plan.PaymentForPerformance.HwbReduction;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets a payment depends on are set (the 2014-16 round pays on emergency admissions). */
class PaymentTargetsTest {

  private final PaymentTargets rule = new PaymentTargets();

  private static Observation target(String payment, String value) {
    return new Observation(
        null, null, payment, null, null, value == null ? null : new BigDecimal(value));
  }

  private static MetricAmbition metric(String code, Observation... targets) {
    return new MetricAmbition(
        null, code, null, null, null, null, List.of(targets), null, List.of(), null);
  }

  @Test
  void its_id_is_payment_targets() {
    assertThat(rule.id()).isEqualTo("payment-targets");
  }

  @Test
  void targets_set_for_every_payment_have_no_findings() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(
                metric(
                    "delayed-transfers",
                    target("April 2015", "9.0"),
                    target("October 2015", "8.5")))
            .withMetric(metric("non-elective-admissions", target(null, "12000")))
            .build();

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
  }

  @Test
  void a_blank_target_underpinning_a_payment_is_flagged_once_per_metric() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .withMetric(
                metric(
                    "delayed-transfers", target("April 2015", null), target("October 2015", null)))
            .withMetric(metric("permanent-admissions-65", target("October 2015", null)))
            .withMetric(metric("reablement-91-days", target(null, null)))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "payment-targets",
                Severity.WARNING,
                "metrics[0].targets",
                "The targets for 'Delayed transfers of care from hospital per 100,000 population"
                    + " (average per month)' underpinning the April 2015 and October 2015"
                    + " payments are blank."),
            finding(
                "payment-targets",
                Severity.WARNING,
                "metrics[1].targets",
                "The target for 'Permanent admissions of older people (aged 65 and over) to"
                    + " residential and nursing care homes, per 100,000 population' underpinning"
                    + " the October 2015 payment is blank."));
  }

  @Test
  void the_metric_the_round_pays_on_needs_a_target_or_planned_reductions_once_taken_on() {
    var noTarget =
        aPlan().forRound("2014-16").withMetric(metric("non-elective-admissions")).build();
    var reductions =
        aPlan()
            .forRound("2014-16")
            .withMetric(metric("non-elective-admissions"))
            .payingForPerformance(
                pounds(755), new HwbReduction("x", null, new BigDecimal("584"), null))
            .build();
    var notTakenOn = aPlan().forRound("2014-16").build();

    assertThat(check(rule, noTarget, Severity.ERROR))
        .containsExactly(
            finding(
                "payment-targets",
                Severity.ERROR,
                "metrics",
                "The round pays for performance on 'Total non-elective (general and acute)"
                    + " admissions into hospital', but the plan gives no target for it (no target"
                    + " value and no planned reduction for each HWB)."));
    assertThat(check(rule, reductions, Severity.ERROR)).isEmpty();
    assertThat(check(rule, notTakenOn, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_round_without_payment_for_performance_asks_for_no_target() {
    var plan = aPlan().forRound("2017-19").withMetric(metric("delayed-transfers")).build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }
}
