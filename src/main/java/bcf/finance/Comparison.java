package bcf.finance;

import bcf.kernel.Money;
import bcf.plan.Plan;

/**
 * Two figures compared within the rounding of a plan stated in £000: the difference (actual less
 * expected), the tolerance and whether they are equal, within rounding or different.
 */
public record Comparison(
    Tally expected, Tally actual, Money difference, Money tolerance, Rounding.Outcome outcome) {

  public static Comparison of(Plan plan, Tally expected, Tally actual) {
    Money difference = actual.amount().minus(expected.amount());
    Money tolerance = Rounding.tolerance(plan, expected, actual);
    return new Comparison(
        expected, actual, difference, tolerance, Rounding.compare(difference, tolerance));
  }
}
