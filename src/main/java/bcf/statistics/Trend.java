package bcf.statistics;

import bcf.kernel.Polarity;

/** The recent trend of a metric over its last five annual points (see {@link Trends}). */
public enum Trend {
  INCREASING,
  DECREASING,
  NO_SIGNIFICANT_CHANGE,
  CANNOT_BE_CALCULATED;

  /**
   * For people, by the metric's polarity: {@code increasing and getting better}, {@code decreasing
   * and getting worse}, plain {@code increasing} or {@code decreasing} when there is no judgement,
   * {@code no significant change}, {@code cannot be calculated}.
   */
  public String describe(Polarity polarity) {
    return switch (this) {
      case INCREASING -> "increasing" + judged(polarity, true);
      case DECREASING -> "decreasing" + judged(polarity, false);
      case NO_SIGNIFICANT_CHANGE -> "no significant change";
      case CANNOT_BE_CALCULATED -> "cannot be calculated";
    };
  }

  private static String judged(Polarity polarity, boolean up) {
    return switch (polarity) {
      case HIGH_IS_GOOD -> up ? " and getting better" : " and getting worse";
      case LOW_IS_GOOD -> up ? " and getting worse" : " and getting better";
      case NO_JUDGEMENT -> "";
    };
  }
}
