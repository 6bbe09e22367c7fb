package bcf.finance;

import bcf.kernel.Money;
import java.math.BigDecimal;

/**
 * A sum of figures, remembering how many were added and how many of them are whole thousands of
 * pounds (figures a plan states in £000), so that comparisons can tolerate their rounding.
 */
public record Tally(Money amount, int lines, int roundedLines) {

  public static final Tally EMPTY = new Tally(Money.ZERO, 0, 0);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  public static Tally of(Money amount) {
    return EMPTY.plus(amount);
  }

  public Tally plus(Money figure) {
    boolean wholeThousands = !figure.isZero() && figure.pounds().remainder(THOUSAND).signum() == 0;
    return new Tally(amount.plus(figure), lines + 1, roundedLines + (wholeThousands ? 1 : 0));
  }

  public Tally plus(Tally other) {
    return new Tally(
        amount.plus(other.amount), lines + other.lines, roundedLines + other.roundedLines);
  }
}
