package bcf.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of money in pounds and pence. Never a double. */
public record Money(BigDecimal pounds) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(pounds, "pounds");
    if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "an amount of money has at most two decimal places: " + pounds);
    }
    pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static Money of(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  public static Money of(String pounds) {
    return new Money(new BigDecimal(pounds));
  }

  /** An amount stated in thousands of pounds, as many plans print it. */
  public static Money thousands(long thousands) {
    return new Money(BigDecimal.valueOf(thousands).multiply(BigDecimal.valueOf(1000)));
  }

  public Money plus(Money other) {
    return new Money(pounds.add(other.pounds));
  }

  public Money minus(Money other) {
    return new Money(pounds.subtract(other.pounds));
  }

  public Money times(long factor) {
    return new Money(pounds.multiply(BigDecimal.valueOf(factor)));
  }

  /** Multiplies by a fraction, rounding half-up to the penny. */
  public Money times(BigDecimal factor) {
    return new Money(pounds.multiply(factor).setScale(2, RoundingMode.HALF_UP));
  }

  public Money abs() {
    return new Money(pounds.abs());
  }

  public Money negate() {
    return new Money(pounds.negate());
  }

  public boolean isZero() {
    return pounds.signum() == 0;
  }

  public boolean isNegative() {
    return pounds.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    return pounds.compareTo(other.pounds);
  }

  /** The amount as plain pounds, without trailing pence when there are none: {@code 1355000}. */
  public BigDecimal toPlain() {
    return pounds;
  }

  /**
   * For people: {@code £1,355,000} or {@code -£234.50}: pence only when there are some, thousands
   * grouped by commas. Written by hand rather than with a {@code DecimalFormat} made for each call:
   * the amount always has exactly two decimal places, so there is nothing to round, and a bulk
   * ingest formats thousands of amounts on a cold JVM.
   */
  public String format() {
    String plain = pounds.abs().toPlainString();
    int point = plain.indexOf('.');
    StringBuilder out = new StringBuilder(plain.length() + 8).append(isNegative() ? "-£" : "£");
    int first = point % 3 == 0 ? 3 : point % 3;
    out.append(plain, 0, first);
    for (int at = first; at < point; at += 3) {
      out.append(',').append(plain, at, at + 3);
    }
    if (plain.charAt(point + 1) != '0' || plain.charAt(point + 2) != '0') {
      out.append(plain, point, point + 3);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
