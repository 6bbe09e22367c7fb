package bcf.kernel;

import java.util.Locale;

/**
 * Which direction of a metric is good. Round files write {@code high-is-good}, {@code low-is-good}
 * or {@code no-judgement}; the command line also accepts {@code up}, {@code down} and {@code
 * neutral}, as NHSRplotthedots does.
 */
public enum Polarity {
  HIGH_IS_GOOD("high-is-good", "up"),
  LOW_IS_GOOD("low-is-good", "down"),
  NO_JUDGEMENT("no-judgement", "neutral");

  private final String code;
  private final String direction;

  Polarity(String code, String direction) {
    this.code = code;
    this.direction = direction;
  }

  public String code() {
    return code;
  }

  /**
   * Reads any of the written forms; {@code null} or blank means no judgement.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static Polarity parse(String text) {
    if (text == null || text.isBlank()) {
      return NO_JUDGEMENT;
    }
    String value = text.trim().toLowerCase(Locale.ROOT);
    for (Polarity polarity : values()) {
      if (polarity.code.equals(value) || polarity.direction.equals(value)) {
        return polarity;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a polarity: write high-is-good (up), low-is-good (down)"
            + " or no-judgement (neutral)");
  }

  /**
   * Whether {@code value} is better than {@code reference} in this direction; false for no
   * judgement and for equal values.
   */
  public boolean better(double value, double reference) {
    return switch (this) {
      case HIGH_IS_GOOD -> value > reference;
      case LOW_IS_GOOD -> value < reference;
      case NO_JUDGEMENT -> false;
    };
  }

  /** Whether {@code value} is worse than {@code reference} in this direction. */
  public boolean worse(double value, double reference) {
    return switch (this) {
      case HIGH_IS_GOOD -> value < reference;
      case LOW_IS_GOOD -> value > reference;
      case NO_JUDGEMENT -> false;
    };
  }
}
