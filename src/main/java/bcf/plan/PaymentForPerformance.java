package bcf.plan;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plan's payment-for-performance terms as its source gives them: the local value of each
 * avoided emergency admission, each HWB's planned reduction and, where the source prints one, the
 * payment schedule. A plan whose source gives no schedule has none: the round's schedule is the
 * round's, not the plan's.
 */
public record PaymentForPerformance(
    Money valuePerAvoidedAdmission, List<HwbReduction> byHwb, List<Payment> schedule) {

  public PaymentForPerformance(Money valuePerAvoidedAdmission, List<HwbReduction> byHwb) {
    this(valuePerAvoidedAdmission, byHwb, List.of());
  }

  /** One payment as the source prints it: when, what share, and what it is paid for. */
  public record Payment(String payment, BigDecimal share, String basis) {}

  public record HwbReduction(
      String hwb,
      BigDecimal baselineAdmissions,
      BigDecimal plannedReduction,
      BigDecimal plannedReductionPercent) {}
}
