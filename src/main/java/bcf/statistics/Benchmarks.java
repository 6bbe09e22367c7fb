package bcf.statistics;

import bcf.kernel.Polarity;
import java.util.Arrays;
import java.util.Objects;

/**
 * Comparing an area with a benchmark the way Fingertips does: by whether the benchmark lies in the
 * area's confidence interval (at one level, or at 95% and 99.8%), or, for a proportion, by whether
 * the area's proportion lies outside the benchmark's Wilson control limits. Also quintile bounds as
 * Excel's PERCENTILE.INC finds them.
 */
public final class Benchmarks {

  /** Fingertips' rounded z for the 95% control limits. */
  public static final double Z95 = 1.96;

  /** Fingertips' rounded z for the 99.8% control limits. */
  public static final double Z998 = 3.0902;

  private Benchmarks() {}

  /**
   * At one level: similar when the benchmark is inside the area's interval (limits included),
   * otherwise better or worse by polarity (higher or lower when there is no judgement); not
   * compared when the area is not published or the benchmark is NaN.
   */
  public static Comparison compare(Interval area, double benchmark, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    if (!area.published() || Double.isNaN(benchmark)) {
      return Comparison.NOT_COMPARED;
    }
    if (area.contains(benchmark)) {
      return Comparison.SIMILAR;
    }
    return direction(area.lower() > benchmark, polarity);
  }

  /**
   * At two levels: the comparison at the {@code inner} interval (95%), and whether the benchmark is
   * outside the {@code outer} interval (99.8%) too.
   *
   * @throws IllegalArgumentException when the outer interval's level is not above the inner's
   */
  public static BenchmarkResult compare(
      Interval inner, Interval outer, double benchmark, Polarity polarity) {
    if (inner.published() && !(outer.confidence() > inner.confidence())) {
      throw new IllegalArgumentException(
          "the outer interval's level ("
              + outer.confidence()
              + ") must be above the inner's ("
              + inner.confidence()
              + ")");
    }
    Comparison comparison = compare(inner, benchmark, polarity);
    boolean beyond =
        comparison != Comparison.SIMILAR
            && comparison != Comparison.NOT_COMPARED
            && outer.published()
            && !outer.contains(benchmark);
    return new BenchmarkResult(comparison, beyond);
  }

  /**
   * The benchmark's control limits for an area of {@code n}: with E = n p0, [2E + z^2 -/+ z
   * sqrt(z^2 + 4E(1 - E/n))] / [2(n + z^2)], as fractions. Level 0.95 uses {@link #Z95} and 0.998
   * {@link #Z998}, as Fingertips does; any other level uses {@link Intervals#z}.
   *
   * @throws IllegalArgumentException unless n &gt; 0 and 0 &lt;= p0 &lt;= 1
   */
  public static Interval controlLimits(double n, double p0, double confidence) {
    if (!(p0 >= 0 && p0 <= 1)) {
      throw new IllegalArgumentException("the benchmark proportion must be in [0, 1], not " + p0);
    }
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException("the denominator must be positive, not " + n);
    }
    double z = confidence == 0.95 ? Z95 : confidence == 0.998 ? Z998 : Intervals.z(confidence);
    double expected = n * p0;
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * expected * (1 - expected / n));
    double divisor = 2 * (n + z2);
    return new Interval(
        p0,
        (2 * expected + z2 - root) / divisor,
        (2 * expected + z2 + root) / divisor,
        "Wilson",
        confidence);
  }

  /**
   * An area's proportion {@code x/n} against a benchmark proportion {@code p0}: similar inside the
   * benchmark's 95% control limits (limits included), otherwise higher or lower as better, worse or
   * plain higher/lower by polarity, and beyond 99.8% when outside the 99.8% limits too.
   *
   * @throws IllegalArgumentException unless 0 &lt;= x &lt;= n, n &gt; 0 and 0 &lt;= p0 &lt;= 1
   */
  public static BenchmarkResult compareProportion(
      double x, double n, double p0, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    if (!(x >= 0 && x <= n)) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= numerator <= denominator, not " + x + " of " + n);
    }
    Interval at95 = controlLimits(n, p0, 0.95);
    Interval at998 = controlLimits(n, p0, 0.998);
    double p = x / n;
    if (at95.contains(p)) {
      return new BenchmarkResult(Comparison.SIMILAR, false);
    }
    return new BenchmarkResult(direction(p > at95.upper(), polarity), !at998.contains(p));
  }

  /**
   * The quintile bounds of the values, Excel PERCENTILE.INC at 0.2, 0.4, 0.6 and 0.8.
   *
   * @throws IllegalArgumentException for no values or a NaN
   */
  public static Quintiles quintiles(double[] values) {
    double[] sorted = sorted(values);
    return new Quintiles(
        percentile(sorted, 0.2),
        percentile(sorted, 0.4),
        percentile(sorted, 0.6),
        percentile(sorted, 0.8));
  }

  /**
   * Excel PERCENTILE.INC: with the values sorted x_0..x_(n-1) and h = (n-1)p, x_floor(h) plus (h -
   * floor(h)) of the step to the next value.
   *
   * @throws IllegalArgumentException for no values, a NaN, or p outside [0, 1]
   */
  public static double percentileInc(double[] values, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("the percentile must be in [0, 1], not " + p);
    }
    return percentile(sorted(values), p);
  }

  private static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    if (below + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
  }

  private static double[] sorted(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("percentiles need at least one value");
    }
    double[] sorted = values.clone();
    for (double value : sorted) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("percentiles cannot be taken of NaN");
      }
    }
    Arrays.sort(sorted);
    return sorted;
  }

  private static Comparison direction(boolean higher, Polarity polarity) {
    return switch (polarity) {
      case HIGH_IS_GOOD -> higher ? Comparison.BETTER : Comparison.WORSE;
      case LOW_IS_GOOD -> higher ? Comparison.WORSE : Comparison.BETTER;
      case NO_JUDGEMENT -> higher ? Comparison.HIGHER : Comparison.LOWER;
    };
  }
}
