package bcf.statistics.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place chart numbers are written. Values for people (table cells, descriptions) keep three
 * significant figures but never round away whole-number digits (2,345.6 becomes "2,346", 85.123
 * becomes "85.1", 0.01234 becomes "0.0123"), drop trailing zeros and group thousands with commas.
 * Axis ticks share one number of decimals. SVG coordinates have at most two decimals, no grouping,
 * and do not depend on the default locale.
 */
public final class ChartNumbers {

  static final int SIGNIFICANT_FIGURES = 3;
  private static final int MAX_DECIMALS = 6;

  private ChartNumbers() {}

  /** A value for people; the empty string when it is missing (null, NaN or infinite). */
  public static String value(Double value) {
    return present(value) ? value(value.doubleValue()) : "";
  }

  /** A value for people; the empty string when it is NaN or infinite. */
  public static String value(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    int wholeDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
    int decimals = Math.min(MAX_DECIMALS, Math.max(0, SIGNIFICANT_FIGURES - wholeDigits));
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "0";
    }
    if (rounded.scale() > 0) {
      rounded = rounded.stripTrailingZeros();
    }
    return grouped(rounded.toPlainString());
  }

  /** An axis tick with a fixed number of decimals shared by the whole axis. */
  static String tick(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = BigDecimal.ZERO.setScale(decimals);
    }
    return grouped(rounded.toPlainString());
  }

  /** An SVG coordinate or length: at most two decimals, trailing zeros dropped, "." as point. */
  static String coord(double value) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
  }

  /** Whether a nullable value can be drawn: not null, not NaN, not infinite. */
  static boolean present(Double value) {
    return value != null && Double.isFinite(value);
  }

  private static String grouped(String plain) {
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(fraction).toString();
  }
}
