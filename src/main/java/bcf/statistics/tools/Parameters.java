package bcf.statistics.tools;

import bcf.kernel.Limits;
import bcf.kernel.Polarity;
import bcf.statistics.spc.SpcOptions;
import java.math.BigDecimal;

/**
 * Reads the parameters of the statistics tools from text, one way for every edge. Each reader takes
 * the parameter's name as the caller knows it ({@code --confidence} on the command line, {@code
 * confidence} in the API) so that the message points at what to change; null text means the
 * parameter was given without a value.
 */
public final class Parameters {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Parameters() {}

  /**
   * A confidence level: 0.95 or 0.998; 95, 99.8 and 95% read as percentages. Levels below 50% are
   * refused: nobody reports them, and "1" or "2" is more likely a slip than a 1% interval.
   */
  public static double level(String name, String text) {
    String plain = text == null ? "" : text.trim();
    boolean percent = plain.endsWith("%");
    BigDecimal value = decimal(name, percent ? plain.substring(0, plain.length() - 1) : plain);
    if (value != null && (percent || value.compareTo(BigDecimal.ONE) >= 0)) {
      value = value.movePointLeft(2);
    }
    if (value == null || value.compareTo(HALF) < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
      throw new ParameterException(
          name
              + " takes a level from 0.5 to below 1, such as 0.95 or 0.998 (or 95, 99.8), not "
              + quoted(text));
    }
    return value.doubleValue();
  }

  /** A multiplier above zero; thousands may be separated by commas or underscores. */
  public static double multiplier(String name, String text) {
    BigDecimal value = text == null ? null : decimal(name, text.replace(",", "").replace("_", ""));
    if (value == null || value.signum() <= 0 || Double.isInfinite(value.doubleValue())) {
      throw new ParameterException(
          name + " takes a number above zero (100000 for a rate per 100,000), not " + quoted(text));
    }
    return value.doubleValue();
  }

  /** Any finite number. */
  public static double number(String name, String text) {
    if (text == null) {
      throw new ParameterException(name + " takes a number");
    }
    BigDecimal value = decimal(name, text);
    if (value == null) {
      throw new ParameterException(name + " takes a number, not '" + Limits.excerpt(text) + "'");
    }
    if (!Double.isFinite(value.doubleValue())) {
      throw new ParameterException(name + ": " + Limits.excerpt(text) + " is too large a number");
    }
    return value.doubleValue();
  }

  /** After how many points a control chart's limits are fixed: at least 12. */
  public static int fixAfter(String name, String text) {
    if (text == null) {
      throw new ParameterException(name + " takes a number of points");
    }
    int points;
    try {
      points = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ParameterException(
          name + " takes a number of points, not '" + Limits.excerpt(text) + "'");
    }
    if (points < SpcOptions.MINIMUM_FIX_AFTER) {
      throw new ParameterException(
          name
              + ": limits can be fixed only after at least "
              + SpcOptions.MINIMUM_FIX_AFTER
              + " points, not after "
              + points);
    }
    return points;
  }

  /** true or false. */
  public static boolean yesOrNo(String name, String text) {
    String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    switch (value) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new ParameterException(
            name + " takes true or false, not '" + Limits.excerpt(text) + "'");
    }
  }

  /** up, down or neutral, or the polarity's own code. */
  public static Polarity polarity(String name, String text) {
    if (text == null) {
      throw new ParameterException(name + " takes up, down or neutral");
    }
    try {
      return Polarity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(name + ": " + e.getMessage());
    }
  }

  /** The number, or null when it is not one; a number beyond the limits is refused with them. */
  private static BigDecimal decimal(String name, String text) {
    try {
      return Limits.number(text);
    } catch (Limits.NumberOutOfRange e) {
      throw new ParameterException(name + ": " + e.getMessage());
    }
  }

  private static String quoted(String text) {
    return text == null ? "nothing" : "'" + Limits.excerpt(text) + "'";
  }
}
