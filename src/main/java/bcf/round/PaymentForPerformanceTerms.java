package bcf.round;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The payment-for-performance terms of a round (2015/16): the national element, the minimum
 * expected reduction in emergency admissions, the metric it is paid on and the payment schedule.
 */
public record PaymentForPerformanceTerms(
    Money element, BigDecimal minimumReduction, String metric, List<PaymentPoint> schedule) {

  /** One payment: when, what share of the element, and what it is paid for. */
  public record PaymentPoint(String payment, BigDecimal share, String basis) {}
}
