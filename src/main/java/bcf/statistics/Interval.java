package bcf.statistics;

/**
 * A statistic with its confidence interval at {@code confidence} (0.95, 0.998). {@code method}
 * names how the limits were found ("Wilson", "Byar", "Exact", "Dobson", "t"). When the statistic is
 * not published (a directly standardised rate from fewer than 10 events), value and limits are NaN
 * and {@code note} says why; otherwise {@code note} is null.
 */
public record Interval(
    double value, double lower, double upper, String method, double confidence, String note) {

  public Interval(double value, double lower, double upper, String method, double confidence) {
    this(value, lower, upper, method, confidence, null);
  }

  public static Interval notPublished(String method, double confidence, String reason) {
    return new Interval(Double.NaN, Double.NaN, Double.NaN, method, confidence, reason);
  }

  public boolean published() {
    return !Double.isNaN(value);
  }

  /** Whether {@code x} lies within the limits, limits included. */
  public boolean contains(double x) {
    return published() && x >= lower && x <= upper;
  }
}
