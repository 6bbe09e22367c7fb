package bcf.metric;

import bcf.kernel.Period;
import bcf.plan.MetricAmbition.Trajectory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Monthly values of a metric's trajectory. A straight line runs from the baseline value, held the
 * month before the line starts, to the target in the target month, then holds the target: the
 * Warwickshire 2017-19 DTOC ambition, from an average of 87 (January-May 2017) to 40 in November
 * 2017, gives 77.6, 68.2, 58.8, 49.4, 40.0 for July to November, then 40.
 */
public final class Trajectories {

  /** The methods bcf can draw a trajectory by. */
  public static final List<String> METHODS = List.of("straight-line", "flat", "per-period");

  private Trajectories() {}

  /** Whether bcf knows how to draw a trajectory by this method. */
  public static boolean known(String method) {
    return METHODS.contains(method);
  }

  /**
   * Monthly values, to one more decimal place than the plan states its target. A method bcf does
   * not know gives no values: validation reports it as an error (round-values), and the summary,
   * metrics and charts show the metric without a trajectory rather than fail.
   */
  public static SortedMap<YearMonth, BigDecimal> monthly(Trajectory trajectory) {
    SortedMap<YearMonth, BigDecimal> values = new TreeMap<>();
    switch (trajectory.method() == null ? "" : trajectory.method()) {
      case "straight-line" -> straightLine(trajectory, values);
      case "flat" -> flat(trajectory, values);
      case "per-period" ->
          trajectory.values().forEach((period, value) -> values.put(period.last(), value));
      default -> {
        // unknown: no values (see above)
      }
    }
    return values;
  }

  private static void straightLine(Trajectory trajectory, SortedMap<YearMonth, BigDecimal> values) {
    if (trajectory.from() == null || trajectory.to() == null) {
      return;
    }
    YearMonth target = trajectory.to().period().last();
    YearMonth anchor =
        trajectory.startPeriod() != null
            ? trajectory.startPeriod().first().minusMonths(1)
            : trajectory.from().period().last().plusMonths(1);
    long steps = anchor.until(target, ChronoUnit.MONTHS);
    if (steps <= 0) {
      return;
    }
    BigDecimal start = trajectory.from().value();
    BigDecimal end = trajectory.to().value();
    BigDecimal step = end.subtract(start).divide(BigDecimal.valueOf(steps), MathContext.DECIMAL64);
    int places = Math.max(1, end.scale() + 1);
    for (long k = 1; k <= steps; k++) {
      values.put(
          anchor.plusMonths(k),
          start.add(step.multiply(BigDecimal.valueOf(k))).setScale(places, RoundingMode.HALF_UP));
    }
    hold(trajectory, values, target, end.setScale(places, RoundingMode.HALF_UP));
  }

  private static void flat(Trajectory trajectory, SortedMap<YearMonth, BigDecimal> values) {
    if (trajectory.to() == null) {
      return;
    }
    Period period =
        trajectory.startPeriod() != null ? trajectory.startPeriod() : trajectory.to().period();
    values.put(period.first(), trajectory.to().value());
    hold(trajectory, values, period.first(), trajectory.to().value());
  }

  private static void hold(
      Trajectory trajectory,
      SortedMap<YearMonth, BigDecimal> values,
      YearMonth from,
      BigDecimal value) {
    if (trajectory.heldUntil() == null) {
      return;
    }
    for (YearMonth month = from.plusMonths(1);
        !month.isAfter(trajectory.heldUntil().last());
        month = month.plusMonths(1)) {
      values.put(month, value);
    }
  }
}
