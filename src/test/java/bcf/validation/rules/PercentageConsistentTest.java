package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.finance.PlanBuilder.year;
import static bcf.validation.rules.RuleCheck.check;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Money;
import bcf.kernel.Share;
import bcf.plan.PaymentForPerformance.HwbReduction;
import bcf.plan.PooledBudget;
import bcf.plan.YearAmounts;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stated percentage or share agrees with the figures beside it, to its stated precision. */
class PercentageConsistentTest {

  private final PercentageConsistent rule = new PercentageConsistent();

  private static HwbReduction reduction(String baseline, String planned, String percent) {
    return new HwbReduction(
        "north", new BigDecimal(baseline), new BigDecimal(planned), new BigDecimal(percent));
  }

  private static PooledBudget.RiskShare chc(String share, Money retained) {
    return new PooledBudget.RiskShare(
        "chc",
        "CHC risk share",
        YearAmounts.of(Map.of(year("2015-16"), pounds(5_000_000))),
        share.contains("/") ? Share.parse(share) : Share.of(new BigDecimal(share)),
        YearAmounts.of(Map.of(year("2015-16"), retained)),
        null);
  }

  @Test
  void its_id_is_percentage_consistent() {
    assertThat(rule.id()).isEqualTo("percentage-consistent");
  }

  @Test
  void a_planned_reduction_percentage_within_its_stated_precision_has_no_findings() {
    // 584 of 16,000 is 3.65%: stated as 3.7% (0.037) it is right to the tenth of a per cent.
    var plan =
        aPlan().payingForPerformance(pounds(755), reduction("16000", "584", "0.0365")).build();
    var rounded =
        aPlan().payingForPerformance(pounds(755), reduction("16000", "584", "0.037")).build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
    assertThat(check(rule, rounded, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_planned_reduction_percentage_that_disagrees_with_its_figures_is_flagged() {
    var plan =
        aPlan().payingForPerformance(pounds(755), reduction("16000", "584", "0.035")).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("percentage-consistent");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.where())
                  .isEqualTo("paymentForPerformance.byHwb[0].plannedReductionPercent");
              assertThat(f.message())
                  .isEqualTo(
                      "The planned reduction in emergency admissions for north is stated as 3.5%,"
                          + " but 584 of 16,000 baseline admissions is 3.65%.");
            });
  }

  @Test
  void a_retained_share_stated_in_millions_is_checked_to_the_figure_it_is_rounded_to() {
    // Dorset: one third of £5m printed as £1.67m.
    var dorset = aPlan().statedInMillions().sharingRisk(chc("1/3", pounds(1_670_000))).build();
    var wrong = aPlan().statedInMillions().sharingRisk(chc("1/3", pounds(1_700_000))).build();
    var wrongToTheThousand =
        aPlan().statedInThousands().sharingRisk(chc("1/3", pounds(1_676_000))).build();

    assertThat(check(rule, dorset, Severity.ERROR)).isEmpty();
    assertThat(check(rule, wrongToTheThousand, Severity.WARNING))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "pooledBudget.riskShares[0].retained.2015-16",
                "The risk share 'CHC risk share' retains 1/3 of £5,000,000 in 2015/16, which is"
                    + " £1,666,666.67, but the plan states £1,676,000."));
    // £1.7m is one third of £5m to the nearest £100,000.
    assertThat(check(rule, wrong, Severity.ERROR)).isEmpty();
  }

  @Test
  void in_pounds_a_share_is_held_to_the_penny() {
    var plan = aPlan().sharingRisk(chc("0.5", pounds(2_500_001))).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "The risk share 'CHC risk share' retains 50% of £5,000,000 in 2015/16, which is"
                + " £2,500,000, but the plan states £2,500,001.");
  }
}
