package bcf.finance;

import bcf.kernel.Money;
import bcf.plan.Plan;

/**
 * How far two figures may differ because the plan states figures rounded to £000 (or £m to three
 * places). Each rounded figure carries up to half a thousand pounds of rounding, so a sum of n of
 * them compared with another sum of m may differ by up to (n + m) x £500, and never less than
 * £1,000. A plan stated in pounds is held to the penny.
 */
public final class Rounding {

  public static final Money HALF_UNIT = Money.of(500);
  public static final Money MINIMUM = Money.of(1000);

  private Rounding() {}

  public static Money tolerance(Plan plan, Tally a, Tally b) {
    if (!plan.statedIn().rounded()) {
      return Money.ZERO;
    }
    int rounded = a.roundedLines() + b.roundedLines();
    Money bound = HALF_UNIT.times(rounded);
    return bound.isLessThan(MINIMUM) ? MINIMUM : bound;
  }

  /** What the comparison of two figures found. */
  public enum Outcome {
    EQUAL,
    WITHIN_ROUNDING,
    DIFFERENT
  }

  public static Outcome compare(Money difference, Money tolerance) {
    if (difference.isZero()) {
      return Outcome.EQUAL;
    }
    return difference.abs().compareTo(tolerance) <= 0 ? Outcome.WITHIN_ROUNDING : Outcome.DIFFERENT;
  }
}
