package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.kernel.Money;
import bcf.plan.PaymentForPerformance.HwbReduction;
import bcf.plan.Plan;
import bcf.round.PaymentForPerformanceTerms;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2014-16 round expects a reduction in emergency admissions of at least 3.5%. */
class PaymentForPerformanceRuleTest {

  private final PaymentForPerformanceRule rule = new PaymentForPerformanceRule();

  private static PlanBuilder a2014Plan() {
    return aPlan().forRound("2014-16");
  }

  private static HwbReduction reduction(String hwb, String planned, String percent) {
    return new HwbReduction(
        hwb,
        new BigDecimal("16000"),
        planned == null ? null : new BigDecimal(planned),
        percent == null ? null : new BigDecimal(percent));
  }

  private static Plan reducingBy(String percent) {
    return a2014Plan()
        .payingForPerformance(Money.of(755), reduction("Dorset", "584", percent))
        .build();
  }

  @Test
  void its_id_is_payment_for_performance() {
    assertThat(rule.id()).isEqualTo("payment-for-performance");
  }

  @Test
  void a_plan_without_payment_for_performance_has_no_findings() {
    assertThat(check(rule, a2014Plan().build(), Severity.WARNING)).isEmpty();
  }

  @Test
  void a_complete_scheme_at_the_minimum_reduction_has_no_findings() {
    assertThat(check(rule, reducingBy("0.035"), Severity.WARNING)).isEmpty();
  }

  @Test
  void a_reduction_just_above_the_minimum_has_no_findings() {
    assertThat(check(rule, reducingBy("0.0351"), Severity.WARNING)).isEmpty();
  }

  @Test
  void a_reduction_just_below_the_minimum_is_flagged_with_both_percentages() {
    assertThat(check(rule, reducingBy("0.0349"), Severity.WARNING))
        .containsExactly(
            finding(
                "payment-for-performance",
                Severity.WARNING,
                "paymentForPerformance.byHwb[0].plannedReductionPercent",
                "The planned reduction of 3.49% for Dorset is below the minimum expected"
                    + " reduction of 3.5%.",
                null,
                "0.035",
                "0.0349",
                "-0.0001"));
  }

  @Test
  void the_severity_is_the_rounds() {
    assertThat(check(rule, reducingBy("0.02"), Severity.ERROR))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void a_blank_value_per_avoided_admission_is_flagged() {
    var plan = a2014Plan().payingForPerformance(null, reduction("Dorset", "584", null)).build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "payment-for-performance",
                Severity.WARNING,
                "paymentForPerformance.valuePerAvoidedAdmission",
                "The value paid per avoided emergency admission is blank."));
  }

  @Test
  void a_blank_planned_reduction_is_flagged_at_its_hwb() {
    var plan =
        a2014Plan()
            .payingForPerformance(
                pounds(755),
                reduction("Bournemouth", "584", "0.04"),
                reduction("Dorset", null, "0.04"))
            .build();

    assertThat(check(rule, plan, Severity.INFO))
        .containsExactly(
            finding(
                "payment-for-performance",
                Severity.INFO,
                "paymentForPerformance.byHwb[1].plannedReduction",
                "The planned reduction in emergency admissions for Dorset is blank."));
  }

  @Test
  void each_hwb_below_the_minimum_is_flagged_at_its_own_row() {
    var plan =
        a2014Plan()
            .payingForPerformance(
                pounds(755),
                reduction("Bournemouth", "584", "0.01"),
                reduction("Dorset", "714", "0.03"))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .extracting(Finding::where, Finding::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "paymentForPerformance.byHwb[0].plannedReductionPercent", new BigDecimal("0.01")),
            org.assertj.core.groups.Tuple.tuple(
                "paymentForPerformance.byHwb[1].plannedReductionPercent", new BigDecimal("0.03")));
  }

  @Test
  void a_reduction_with_no_percentage_is_not_compared() {
    assertThat(check(rule, reducingBy(null), Severity.WARNING)).isEmpty();
  }

  @Test
  void a_round_without_payment_for_performance_terms_sets_no_minimum() {
    var plan =
        aPlan()
            .forRound("2017-19")
            .payingForPerformance(pounds(755), reduction("Dorset", "584", "0.001"))
            .build();

    assertThat(check(rule, plan, Severity.WARNING)).isEmpty();
  }

  @Test
  void terms_without_a_minimum_reduction_set_no_minimum() {
    var round =
        RoundBuilder.aRoundLike("2014-16")
            .withPaymentForPerformance(
                new PaymentForPerformanceTerms(
                    pounds(1000), null, "non-elective-admissions", List.of()))
            .build();

    assertThat(check(rule, reducingBy("0.001"), round, Severity.WARNING, Map.of())).isEmpty();
  }

  @Test
  void the_plans_explanation_is_attached_to_a_shortfall() {
    var plan =
        a2014Plan()
            .payingForPerformance(pounds(755), reduction("Dorset", "584", "0.03"))
            .explaining(
                "payment-for-performance",
                null,
                "paymentForPerformance.byHwb[0]",
                "Agreed with the area team: 3% from a lower baseline.")
            .build();

    assertThat(
            validate(plan, RoundBuilder.theRound("2014-16"), "payment-for-performance", "warning"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("Agreed with the area team: 3% from a lower baseline.");
  }
}
