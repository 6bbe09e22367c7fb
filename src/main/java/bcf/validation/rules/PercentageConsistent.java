package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A percentage or share the plan states beside the figures it is computed from agrees with them, to
 * the precision it is stated in: a planned reduction in emergency admissions against the baseline,
 * and the amount a risk share retains against its share of the money at risk (Dorset's "one third
 * (£1.67m)" of £5m).
 */
public final class PercentageConsistent implements Rule {

  public static final String ID = "percentage-consistent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    PaymentForPerformance p4p = plan.paymentForPerformance();
    if (p4p != null) {
      for (int i = 0; i < p4p.byHwb().size(); i++) {
        PaymentForPerformance.HwbReduction reduction = p4p.byHwb().get(i);
        BigDecimal stated = reduction.plannedReductionPercent();
        BigDecimal baseline = reduction.baselineAdmissions();
        BigDecimal planned = reduction.plannedReduction();
        if (stated == null || baseline == null || planned == null || baseline.signum() == 0) {
          continue;
        }
        BigDecimal computed = planned.divide(baseline, MathContext.DECIMAL64);
        if (computed.subtract(stated).abs().compareTo(halfUnit(stated)) > 0) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "paymentForPerformance.byHwb[" + i + "].plannedReductionPercent",
                  "The planned reduction in emergency admissions for "
                      + plan.hwb(reduction.hwb()).map(h -> h.name()).orElse(reduction.hwb())
                      + " is stated as "
                      + percent(stated, stated.stripTrailingZeros().scale())
                      + ", but "
                      + plain(planned)
                      + " of "
                      + plain(baseline)
                      + " baseline admissions is "
                      + percent(computed, Math.max(stated.stripTrailingZeros().scale(), 2) + 1)
                      + ".",
                  null,
                  computed,
                  stated));
        }
      }
    }
    List<PooledBudget.RiskShare> shares = plan.pooledBudget().riskShares();
    for (int i = 0; i < shares.size(); i++) {
      PooledBudget.RiskShare share = shares.get(i);
      if (share.retainedShare() == null) {
        continue;
      }
      for (Map.Entry<FinancialYear, Money> atRisk : share.amount().values().entrySet()) {
        Money stated = share.retained().get(atRisk.getKey()).orElse(null);
        if (stated == null || atRisk.getValue() == null) {
          continue;
        }
        Money computed = share.retainedShare().of(atRisk.getValue());
        Money difference = stated.minus(computed).abs();
        if (difference.pounds().compareTo(tolerance(plan, stated)) > 0) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "pooledBudget.riskShares[" + i + "].retained." + atRisk.getKey(),
                  "The risk share '"
                      + (share.description() == null ? share.id() : abbreviate(share.description()))
                      + "' retains "
                      + (share.retainedShare().isFraction()
                          ? share.retainedShare().toString()
                          : share
                                  .retainedShare()
                                  .value()
                                  .movePointRight(2)
                                  .stripTrailingZeros()
                                  .toPlainString()
                              + "%")
                      + " of "
                      + atRisk.getValue().format()
                      + " in "
                      + Text.year(atRisk.getKey())
                      + ", which is "
                      + computed.format()
                      + ", but the plan states "
                      + stated.format()
                      + ".",
                  atRisk.getKey(),
                  computed,
                  stated));
        }
      }
    }
    return findings;
  }

  /** Half a unit of the last decimal place a fraction is stated to (0.035: 0.0005). */
  private static BigDecimal halfUnit(BigDecimal stated) {
    int scale = Math.max(stated.stripTrailingZeros().scale(), 0);
    return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
  }

  /**
   * How far a stated amount may be from the exact share: a penny in a plan stated in pounds;
   * otherwise half a unit of the last figure it is stated to (£1.67m, printed as 1,670,000:
   * £5,000).
   */
  private static BigDecimal tolerance(Plan plan, Money stated) {
    if (!plan.statedIn().rounded()) {
      return new BigDecimal("0.01");
    }
    BigDecimal pounds = stated.pounds().stripTrailingZeros();
    int zeros = Math.max(-pounds.scale(), 0);
    return BigDecimal.ONE.movePointRight(zeros).divide(BigDecimal.valueOf(2));
  }

  private static String percent(BigDecimal fraction, int fractionScale) {
    int places = Math.max(fractionScale - 2, 0);
    return fraction.movePointRight(2).setScale(places, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String plain(BigDecimal number) {
    return String.format(Locale.UK, "%,f", number).replaceAll("\\.?0+$", "");
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }
}
