package bcf.finance.monitoring;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The one place monitoring rounds. Money is exact to the penny: a share of an amount is rounded
 * half-up to the penny, and when an amount is split between partners the pennies lost or gained by
 * rounding go to the partner with the largest share, so the parts always add up to the whole. A
 * variance in per cent is the variance over the budget times 100, rounded half-up to one decimal
 * place, and there is none when the budget is zero (never a division by zero).
 */
public final class MonitoringRounding {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MonitoringRounding() {}

  /** The variance as a per cent of the budget, to one place; empty for a zero budget. */
  public static Optional<BigDecimal> percent(Money variance, Money budget) {
    if (budget.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        variance
            .pounds()
            .multiply(HUNDRED)
            .divide(budget.pounds(), MathContext.DECIMAL128)
            .setScale(1, RoundingMode.HALF_UP));
  }

  /** {@code amount x numerator / denominator}, half-up to the penny. */
  public static Money share(Money amount, BigDecimal numerator, BigDecimal denominator) {
    return new Money(
        amount
            .pounds()
            .multiply(numerator)
            .divide(denominator, MathContext.DECIMAL128)
            .setScale(2, RoundingMode.HALF_UP));
  }
}
