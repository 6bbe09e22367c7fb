package bcf.statistics;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Confidence intervals as English public-health reporting computes them (the conventions of
 * PHEindicatormethods and Fingertips): Wilson for proportions, Byar or exact Poisson for counts and
 * crude rates, Dobson for directly standardised rates, Student's t for means. {@code confidence} is
 * the two-sided level as a fraction (0.95, 0.998); every quantile comes from Commons Statistics.
 */
public final class Intervals {

  /** Fewer events than this and a crude rate takes exact limits, and a DSR is not published. */
  public static final double SMALL_COUNT = 10;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(upperTail(0.95));
  private static final double Z_998 =
      STANDARD_NORMAL.inverseCumulativeProbability(upperTail(0.998));

  private Intervals() {}

  /**
   * The standard normal quantile for a two-sided level: Phi^-1(c + (1-c)/2), 1.959964 for 0.95.
   *
   * @throws IllegalArgumentException unless 0 &lt; confidence &lt; 1
   */
  public static double z(double confidence) {
    // The two levels every judgement uses are asked for tens of thousands of times a run.
    if (confidence == 0.95) {
      return Z_95;
    }
    if (confidence == 0.998) {
      return Z_998;
    }
    return STANDARD_NORMAL.inverseCumulativeProbability(upperTail(confidence));
  }

  /**
   * A proportion {@code x/n} as a fraction with its Wilson score interval.
   *
   * @throws IllegalArgumentException unless 0 &lt;= x &lt;= n and n &gt; 0
   */
  public static Interval wilson(double x, double n, double confidence) {
    return proportion(x, n, 1, confidence);
  }

  /**
   * A proportion {@code x/n} times {@code multiplier} (1 for a fraction, 100 for a percentage) with
   * its Wilson score interval scaled alike.
   *
   * @throws IllegalArgumentException unless 0 &lt;= x &lt;= n, n &gt; 0 and the multiplier is
   *     positive
   */
  public static Interval proportion(double x, double n, double multiplier, double confidence) {
    requireFinite(x, "the numerator");
    requireFinite(n, "the denominator");
    if (!(n > 0)) {
      throw new IllegalArgumentException("the denominator must be positive, not " + n);
    }
    if (x < 0 || x > n) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= numerator <= denominator, not " + x + " of " + n);
    }
    requireMultiplier(multiplier);
    double z = z(confidence);
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
    double divisor = 2 * (n + z2);
    return new Interval(
        x / n * multiplier,
        (2 * x + z2 - root) / divisor * multiplier,
        (2 * x + z2 + root) / divisor * multiplier,
        "Wilson",
        confidence);
  }

  /**
   * A count with Byar's approximation to its Poisson limits. At {@code x = 0} the lower limit is 0
   * (the formula divides by x) and the upper limit follows the formula with x + 1 as usual.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public static Interval byar(double x, double confidence) {
    requireCount(x);
    double z = z(confidence);
    double lower = x == 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double upper = (x + 1) * Math.pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1)), 3);
    return new Interval(x, lower, upper, "Byar", confidence);
  }

  /**
   * A count with its exact Poisson limits from chi-squared quantiles: chi2inv((1-c)/2; 2x)/2 (0
   * when x = 0) and chi2inv(c + (1-c)/2; 2x+2)/2.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public static Interval poissonExact(double x, double confidence) {
    requireCount(x);
    double upperTail = upperTail(confidence);
    double lowerTail = (1 - confidence) / 2;
    double lower =
        x == 0 ? 0 : ChiSquaredDistribution.of(2 * x).inverseCumulativeProbability(lowerTail) / 2;
    double upper = ChiSquaredDistribution.of(2 * x + 2).inverseCumulativeProbability(upperTail) / 2;
    return new Interval(x, lower, upper, "Exact", confidence);
  }

  /**
   * A crude rate {@code x/n * multiplier} (per 100,000 usually): exact Poisson limits when fewer
   * than 10 events, Byar's otherwise, divided by n and scaled.
   *
   * @throws IllegalArgumentException for a negative count or a denominator that is not positive
   */
  public static Interval crudeRate(double x, double n, double multiplier, double confidence) {
    requireCount(x);
    requireFinite(n, "the denominator");
    if (!(n > 0)) {
      throw new IllegalArgumentException("the denominator must be positive, not " + n);
    }
    requireMultiplier(multiplier);
    Interval count = x < SMALL_COUNT ? poissonExact(x, confidence) : byar(x, confidence);
    double scale = multiplier / n;
    return new Interval(
        x * scale, count.lower() * scale, count.upper() * scale, count.method(), confidence);
  }

  /**
   * A directly standardised rate by Dobson's method: DSR = sum(x_i w_i / n_i) / sum(w_i) * m, with
   * var = sum(x_i (w_i / n_i)^2) / (sum w_i)^2 and O = sum x_i, the limits are DSR + sqrt(var / O)
   * (Byar(O) - O) m. Not published (NaN, with a note) when O &lt; 10.
   *
   * @throws IllegalArgumentException for no bands, a negative count, a population that is not
   *     positive, a negative weight or weights summing to zero
   */
  public static Interval dsr(List<AgeBand> bands, double multiplier, double confidence) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a standardised rate needs at least one age band");
    }
    requireMultiplier(multiplier);
    upperTail(confidence);
    double weighted = 0;
    double weights = 0;
    double variance = 0;
    double observed = 0;
    for (AgeBand band : bands) {
      requireFinite(band.count(), "the count of band " + band.band());
      requireFinite(band.population(), "the population of band " + band.band());
      requireFinite(band.weight(), "the standard weight of band " + band.band());
      if (band.count() < 0) {
        throw new IllegalArgumentException(
            "the count of band " + band.band() + " is negative: " + band.count());
      }
      if (!(band.population() > 0)) {
        throw new IllegalArgumentException(
            "the population of band "
                + band.band()
                + " must be positive, not "
                + band.population());
      }
      if (band.weight() < 0) {
        throw new IllegalArgumentException(
            "the standard weight of band " + band.band() + " is negative: " + band.weight());
      }
      double ratio = band.weight() / band.population();
      weighted += band.count() * ratio;
      variance += band.count() * ratio * ratio;
      weights += band.weight();
      observed += band.count();
    }
    if (!(weights > 0)) {
      throw new IllegalArgumentException("the standard weights sum to zero");
    }
    if (observed < SMALL_COUNT) {
      return Interval.notPublished("Dobson", confidence, "not published: fewer than 10 events");
    }
    double dsr = weighted / weights * multiplier;
    double spread = Math.sqrt(variance / (weights * weights) / observed) * multiplier;
    Interval byar = byar(observed, confidence);
    return new Interval(
        dsr,
        dsr + spread * (byar.lower() - observed),
        dsr + spread * (byar.upper() - observed),
        "Dobson",
        confidence);
  }

  /**
   * The mean of the values with Student's t interval: mean +/- t(1-(1-c)/2; n-1) sd / sqrt(n), sd
   * the sample standard deviation.
   *
   * @throws IllegalArgumentException for fewer than two values or a value that is not finite
   */
  public static Interval mean(double[] values, double confidence) {
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("a mean's interval needs at least 2 values, not " + n);
    }
    double sum = 0;
    for (double value : values) {
      requireFinite(value, "a value");
      sum += value;
    }
    double mean = sum / n;
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double t = TDistribution.of(n - 1).inverseCumulativeProbability(upperTail(confidence));
    double half = t * sd / Math.sqrt(n);
    return new Interval(mean, mean - half, mean + half, "t", confidence);
  }

  /** c + (1-c)/2, after checking that c is a level strictly between 0 and 1. */
  private static double upperTail(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be strictly between 0 and 1 (0.95, 0.998), not " + confidence);
    }
    return confidence + (1 - confidence) / 2;
  }

  private static void requireCount(double x) {
    requireFinite(x, "the count");
    if (x < 0) {
      throw new IllegalArgumentException("the count must not be negative: " + x);
    }
  }

  private static void requireMultiplier(double multiplier) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("the multiplier must be positive, not " + multiplier);
    }
  }

  private static void requireFinite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + value);
    }
  }
}
