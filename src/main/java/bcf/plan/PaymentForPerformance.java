package bcf.plan;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plan's payment-for-performance terms: the local value of each avoided emergency admission and
 * each HWB's planned reduction.
 */
public record PaymentForPerformance(Money valuePerAvoidedAdmission, List<HwbReduction> byHwb) {

  public record HwbReduction(
      String hwb,
      BigDecimal baselineAdmissions,
      BigDecimal plannedReduction,
      BigDecimal plannedReductionPercent) {}
}
