package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.PaymentForPerformance;
import bcf.round.PaymentForPerformanceTerms;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Payment for performance is set out: a value per avoided emergency admission and each HWB's
 * planned reduction, at least the round's minimum expected reduction where the plan states it.
 */
public final class PaymentForPerformanceRule implements Rule {

  public static final String ID = "payment-for-performance";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    PaymentForPerformance p4p = context.plan().paymentForPerformance();
    Optional<PaymentForPerformanceTerms> terms = context.round().paymentForPerformanceTerms();
    if (p4p == null) {
      return findings;
    }
    if (p4p.valuePerAvoidedAdmission() == null) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              "paymentForPerformance.valuePerAvoidedAdmission",
              "The value paid per avoided emergency admission is blank."));
    }
    for (int i = 0; i < p4p.byHwb().size(); i++) {
      PaymentForPerformance.HwbReduction reduction = p4p.byHwb().get(i);
      String at = "paymentForPerformance.byHwb[" + i + "]";
      if (reduction.plannedReduction() == null) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".plannedReduction",
                "The planned reduction in emergency admissions for "
                    + context.plan().hwbName(reduction.hwb())
                    + " is blank."));
      }
      BigDecimal percent = reduction.plannedReductionPercent();
      if (percent != null
          && terms.isPresent()
          && terms.get().minimumReduction() != null
          && percent.compareTo(terms.get().minimumReduction()) < 0) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".plannedReductionPercent",
                "The planned reduction of "
                    + percent.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% for "
                    + context.plan().hwbName(reduction.hwb())
                    + " is below the minimum expected reduction of "
                    + terms
                        .get()
                        .minimumReduction()
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString()
                    + "%.",
                null,
                terms.get().minimumReduction(),
                percent));
      }
    }
    return findings;
  }
}
