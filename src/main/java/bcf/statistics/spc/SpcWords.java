package bcf.statistics.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A control chart's icons and figures in words, one way for the command line and the web pages:
 * what the variation icon means, what the assurance icon says about the target, and numbers to 4
 * decimal places at most.
 */
public final class SpcWords {

  private SpcWords() {}

  /**
   * "common cause, no significant change" or "special cause, improving, high (or rising) values".
   */
  public static String variation(String icon) {
    if (SpcResult.COMMON_CAUSE.equals(icon)) {
      return "common cause, no significant change";
    }
    String nature =
        icon.contains("improvement")
            ? "improving"
            : icon.contains("concern") ? "concerning" : "neither improving nor concerning";
    String side = icon.endsWith("-high") ? "high (or rising)" : "low (or falling)";
    return "special cause, " + nature + ", " + side + " values";
  }

  /** Whether the process passes its target, or why there is no assurance. */
  public static String assurance(SpcResult result) {
    Double target = result.options().target();
    String icon = result.assurance();
    if (icon == null) {
      return target == null
          ? "none: no target given"
          : "none: the target needs a polarity (up or down) to say which side passes";
    }
    String t = number(target);
    switch (icon) {
      case SpcResult.CONSISTENTLY_PASSES:
        return "the process consistently passes the target " + t;
      case SpcResult.CONSISTENTLY_FAILS:
        return "the process consistently fails the target " + t;
      default:
        return "hit and miss: the target " + t + " lies within the process limits";
    }
  }

  /** Up to 4 decimal places, no trailing zeros, thousands separated as the charts show them. */
  public static String number(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return String.format(Locale.UK, "%,." + Math.max(0, rounded.scale()) + "f", rounded);
  }
}
