package bcf.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share of an amount, written as a decimal fraction ({@code 0.25}) or, where the plan says "one
 * third", as an exact fraction ({@code "1/3"}), so that a third of £5m is £1,666,666.67 to the
 * penny.
 */
public record Share(BigDecimal numerator, BigDecimal denominator) {

  private static final Pattern FRACTION =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

  public Share {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("a share's denominator must be positive");
    }
    if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new IllegalArgumentException("a share is between 0 and 1");
    }
  }

  public static Share of(BigDecimal fraction) {
    return new Share(fraction, BigDecimal.ONE);
  }

  /** Parses {@code "1/3"}. */
  public static Share parse(String text) {
    Matcher matcher = FRACTION.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a fraction written like 1/3");
    }
    return new Share(new BigDecimal(matcher.group(1)), new BigDecimal(matcher.group(2)));
  }

  public boolean isFraction() {
    return denominator.compareTo(BigDecimal.ONE) != 0;
  }

  /** The share of an amount, rounded half-up to the penny. */
  public Money of(Money amount) {
    return new Money(
        amount
            .pounds()
            .multiply(numerator)
            .divide(denominator, MathContext.DECIMAL128)
            .setScale(2, java.math.RoundingMode.HALF_UP));
  }

  public BigDecimal value() {
    return numerator.divide(denominator, MathContext.DECIMAL64);
  }

  @Override
  public String toString() {
    return isFraction()
        ? numerator.toPlainString() + "/" + denominator.toPlainString()
        : numerator.toPlainString();
  }
}
