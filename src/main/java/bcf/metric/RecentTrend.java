package bcf.metric;

import bcf.kernel.FinancialYear;
import bcf.kernel.Period;
import bcf.round.MetricDefinition;
import bcf.statistics.Trend;
import bcf.statistics.Trends;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recent trend of a metric as Fingertips finds it: the chi-squared test for trend over the last
 * five <em>annual</em> points (indicator-methods.md), for proportions and crude rates with their
 * counts. Other kinds cannot be tested this way.
 *
 * <p>A financial year's point is, in order of preference: an actual for the whole year; an actual
 * for the metric's window within the year (reablement's October-December discharges; any other
 * range of months is part of a year, and no point); or the year built from all twelve of its
 * months, or all four of its quarters. Built from months or quarters, the numerators add up; a
 * proportion's denominators add up too (discharges out of discharges), while a crude rate's
 * denominator is a population, so the year takes the mean of its periods' populations (the year's
 * rate per head, as an annual figure would state it). A year with some months missing has no point:
 * part of a year would look like a fall. The five years must be consecutive, ending at the latest
 * year with a point.
 *
 * @param trend the result
 * @param years the five financial years tested, oldest first; empty when the trend cannot be
 *     calculated
 */
public record RecentTrend(Trend trend, List<FinancialYear> years) {

  public static final RecentTrend CANNOT_BE_CALCULATED =
      new RecentTrend(Trend.CANNOT_BE_CALCULATED, List.of());

  public RecentTrend {
    years = List.copyOf(years);
  }

  /** "2013-14 to 2017-18", or null when nothing was tested. */
  public String span() {
    return years.isEmpty() ? null : years.get(0) + " to " + years.get(years.size() - 1);
  }

  static RecentTrend of(MetricSpec spec, List<Observed> observed) {
    if (spec.kind() != MetricKind.PROPORTION && spec.kind() != MetricKind.CRUDE_RATE) {
      return CANNOT_BE_CALCULATED;
    }
    TreeMap<FinancialYear, double[]> annual = annualPoints(spec, observed);
    if (annual.size() < Trends.POINTS) {
      return CANNOT_BE_CALCULATED;
    }
    List<FinancialYear> years = new ArrayList<>(Trends.POINTS);
    FinancialYear year = annual.lastKey();
    for (int i = 0; i < Trends.POINTS; i++) {
      if (!annual.containsKey(year)) {
        return CANNOT_BE_CALCULATED;
      }
      years.add(0, year);
      year = year.previous();
    }
    double[] counts = new double[Trends.POINTS];
    double[] denominators = new double[Trends.POINTS];
    for (int i = 0; i < Trends.POINTS; i++) {
      double[] point = annual.get(years.get(i));
      counts[i] = point[0];
      denominators[i] = point[1];
    }
    try {
      return new RecentTrend(Trends.recent(counts, denominators), years);
    } catch (IllegalArgumentException e) {
      return CANNOT_BE_CALCULATED;
    }
  }

  /** Numerator and denominator per financial year, where the year has a point. */
  private static TreeMap<FinancialYear, double[]> annualPoints(
      MetricSpec spec, List<Observed> observed) {
    Map<FinancialYear, Observed> wholeYears = new HashMap<>();
    Map<FinancialYear, List<Observed>> windows = new HashMap<>();
    Map<FinancialYear, List<Observed>> months = new HashMap<>();
    Map<FinancialYear, List<Observed>> quarters = new HashMap<>();
    for (Observed o : observed) {
      if (o.numerator() == null || o.denominator() == null) {
        continue;
      }
      Period period = o.period();
      FinancialYear year = period.startYear();
      if (!period.within(year)) {
        continue;
      }
      switch (period.kind()) {
        case FINANCIAL_YEAR -> wholeYears.put(year, o);
        case RANGE -> {
          if (isWindow(spec, period)) {
            windows.computeIfAbsent(year, y -> new ArrayList<>()).add(o);
          }
        }
        case MONTH -> months.computeIfAbsent(year, y -> new ArrayList<>()).add(o);
        case QUARTER -> quarters.computeIfAbsent(year, y -> new ArrayList<>()).add(o);
      }
    }
    boolean rate = spec.kind() == MetricKind.CRUDE_RATE;
    TreeMap<FinancialYear, double[]> annual = new TreeMap<>();
    months.forEach((year, list) -> complete(list, 12, rate).ifPresent(p -> annual.put(year, p)));
    quarters.forEach(
        (year, list) -> complete(list, 4, rate).ifPresent(p -> annual.putIfAbsent(year, p)));
    // One window a year is the metric's window; several would be a different series.
    windows.forEach(
        (year, list) -> {
          if (list.size() == 1) {
            annual.put(year, point(list.get(0)));
          }
        });
    wholeYears.forEach((year, o) -> annual.put(year, point(o)));
    return annual;
  }

  /** A range of months that is the metric's window (October-December), not any part of a year. */
  private static boolean isWindow(MetricSpec spec, Period period) {
    MetricDefinition.Window window = spec.window();
    return window != null
        && period.first().getMonthValue() == window.firstMonth()
        && period.last().getMonthValue() == window.lastMonth()
        && period.months() <= 12;
  }

  private static double[] point(Observed o) {
    return new double[] {o.numerator().doubleValue(), o.denominator().doubleValue()};
  }

  private static Optional<double[]> complete(List<Observed> periods, int needed, boolean rate) {
    if (periods.size() != needed) {
      return Optional.empty();
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    for (Observed o : periods) {
      numerator = numerator.add(o.numerator());
      denominator = denominator.add(o.denominator());
    }
    if (rate) {
      denominator = denominator.divide(BigDecimal.valueOf(needed), MathContext.DECIMAL64);
    }
    return Optional.of(new double[] {numerator.doubleValue(), denominator.doubleValue()});
  }
}
