package bcf.metric;

import bcf.kernel.Period;
import bcf.statistics.BenchmarkResult;
import bcf.statistics.Interval;
import java.math.BigDecimal;

/**
 * A metric's value for one period with its judgements: the value and its 95% and 99.8% intervals,
 * the plan for the period, the variance from plan, the RAG rating, the comparison with the
 * benchmark and the growth on the same period a year earlier. {@code source} says where the value
 * came from: {@code imported} actuals, or {@code plan} for a value the plan document states.
 */
public record Observed(
    Period period,
    String label,
    String source,
    BigDecimal numerator,
    BigDecimal denominator,
    Interval ci95,
    Interval ci998,
    Double plan,
    Rag rag,
    String ragNote,
    Double benchmark,
    BenchmarkResult comparison,
    Growth growth) {

  public double value() {
    return ci95.value();
  }

  public boolean hasValue() {
    return ci95.published();
  }

  /** Actual minus plan, in the metric's unit; null without a plan. */
  public Double variance() {
    return plan == null || !hasValue() ? null : value() - plan;
  }

  /** The variance as a percentage of plan; null without a plan or with a plan of zero. */
  public Double variancePercent() {
    return plan == null || plan == 0 || !hasValue()
        ? null
        : (value() - plan) / Math.abs(plan) * 100;
  }

  /**
   * The change on the same period a year earlier: absolute and as a percentage, and for counts the
   * weekly volume and weekly change (as the 2017-19 plans' performance tables show them).
   */
  public record Growth(
      Period previous,
      double previousValue,
      double change,
      Double percent,
      Double weeklyVolume,
      Double weeklyChange) {}
}
