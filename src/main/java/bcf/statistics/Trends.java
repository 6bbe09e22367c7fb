package bcf.statistics;

/**
 * The recent trend of a proportion or rate, as Fingertips finds it: over the last five points
 * (earlier ones are ignored), a chi-squared test for trend with counts r_t out of denominators n_t
 * at times t = 1..5,
 *
 * <pre>
 * chi2 = N (N sum r_t t - R sum n_t t)^2 / [R (N - R) (N sum n_t t^2 - (sum n_t t)^2)],
 * </pre>
 *
 * N = sum n_t, R = sum r_t. The trend is significant only when chi2 &gt; 9.54953570608324 (the
 * 99.8% point of chi-squared with one degree of freedom) and the sign of the slope, N sum r_t t - R
 * sum n_t t, is the same, and not zero, in the full fit and in each of the five fits that leave one
 * point out (the four others keep their times). A positive slope is increasing.
 *
 * <p>Fewer than five points, a NaN among the last five, or more events than the denominators hold
 * (R &gt; N, where the test does not apply) cannot be calculated. No events at all (R = 0) or only
 * events (R = N) is a constant 0% or 100%: no significant change.
 */
public final class Trends {

  /** The points a recent trend looks at. */
  public static final int POINTS = 5;

  /** chi-squared(1) at 0.998: the statistic must exceed it. */
  public static final double THRESHOLD = 9.54953570608324;

  private Trends() {}

  /**
   * The recent trend of counts out of denominators, oldest first.
   *
   * @throws IllegalArgumentException when the arrays differ in length, or a count is negative or a
   *     denominator not positive among the last five
   */
  public static Trend recent(double[] counts, double[] denominators) {
    if (counts.length != denominators.length) {
      throw new IllegalArgumentException(
          counts.length + " counts but " + denominators.length + " denominators");
    }
    if (counts.length < POINTS) {
      return Trend.CANNOT_BE_CALCULATED;
    }
    double[] r = last(counts);
    double[] n = last(denominators);
    for (int i = 0; i < POINTS; i++) {
      if (Double.isNaN(r[i]) || Double.isNaN(n[i])) {
        return Trend.CANNOT_BE_CALCULATED;
      }
      if (r[i] < 0 || Double.isInfinite(r[i])) {
        throw new IllegalArgumentException("a count must be finite and not negative: " + r[i]);
      }
      if (!(n[i] > 0) || Double.isInfinite(n[i])) {
        throw new IllegalArgumentException("a denominator must be positive: " + n[i]);
      }
    }
    double events = sum(r);
    double total = sum(n);
    if (events > total) {
      return Trend.CANNOT_BE_CALCULATED;
    }
    if (events == 0 || events == total) {
      return Trend.NO_SIGNIFICANT_CHANGE;
    }
    double sign = Math.signum(slope(r, n, -1));
    if (sign == 0 || !(chiSquared(r, n) > THRESHOLD)) {
      return Trend.NO_SIGNIFICANT_CHANGE;
    }
    for (int left = 0; left < POINTS; left++) {
      if (Math.signum(slope(r, n, left)) != sign) {
        return Trend.NO_SIGNIFICANT_CHANGE;
      }
    }
    return sign > 0 ? Trend.INCREASING : Trend.DECREASING;
  }

  /**
   * The chi-squared statistic for trend of all the given points at times 1, 2, ...: NaN when R = 0
   * or R = N.
   */
  public static double chiSquared(double[] counts, double[] denominators) {
    double total = 0;
    double events = 0;
    double nt = 0;
    double ntt = 0;
    for (int i = 0; i < counts.length; i++) {
      int t = i + 1;
      total += denominators[i];
      events += counts[i];
      nt += denominators[i] * t;
      ntt += denominators[i] * t * t;
    }
    double slope = slope(counts, denominators, -1);
    double variance = events * (total - events) * (total * ntt - nt * nt);
    return variance == 0 ? Double.NaN : total * slope * slope / variance;
  }

  /** N sum r_t t - R sum n_t t over the points other than {@code left} (-1 for none). */
  private static double slope(double[] r, double[] n, int left) {
    double total = 0;
    double events = 0;
    double rt = 0;
    double nt = 0;
    for (int i = 0; i < r.length; i++) {
      if (i == left) {
        continue;
      }
      int t = i + 1;
      total += n[i];
      events += r[i];
      rt += r[i] * t;
      nt += n[i] * t;
    }
    return total * rt - events * nt;
  }

  private static double[] last(double[] values) {
    double[] last = new double[POINTS];
    System.arraycopy(values, values.length - POINTS, last, 0, POINTS);
    return last;
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
