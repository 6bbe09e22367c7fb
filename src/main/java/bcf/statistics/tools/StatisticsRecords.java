package bcf.statistics.tools;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The statistics tools' answers as records, one shape for the command line and the API, built by
 * {@link StatisticsDocument}. Values are full-precision numbers; a value that is not published (an
 * interval with no lower limit, a mean of no points) is null.
 */
public final class StatisticsRecords {

  private StatisticsRecords() {}

  /**
   * A row's or group's value with its confidence interval and method: {@code group} for a group,
   * otherwise {@code row}, the CSV row; {@code n} for a mean, otherwise the numerator and
   * denominator; a {@code note} where the method has something to say.
   */
  public record IntervalResult(
      @JsonInclude(NON_NULL) String group,
      @JsonInclude(NON_NULL) Integer row,
      Double value,
      Double lower,
      Double upper,
      String method,
      double confidence,
      @JsonInclude(NON_NULL) Integer n,
      @JsonInclude(NON_NULL) BigDecimal numerator,
      @JsonInclude(NON_NULL) BigDecimal denominator,
      @JsonInclude(NON_NULL) String note) {}

  /**
   * An XmR control chart: the limits of its last segment, the variation and assurance icons, the
   * options it was drawn with, its segments and every point with its special cause.
   */
  public record ControlChart(
      Double mean,
      Double lowerProcessLimit,
      Double upperProcessLimit,
      String variation,
      String assurance,
      String polarity,
      Double target,
      boolean screening,
      Integer fixAfter,
      List<ControlChartSegment> segments,
      List<ControlChartPoint> points) {}

  /** A run of points with its own limits (the chart is re-based at each segment's first point). */
  public record ControlChartSegment(
      String from,
      int points,
      int basedOn,
      double mean,
      double averageMovingRange,
      int screenedOut,
      double lowerProcessLimit,
      double upperProcessLimit,
      double lowerTwoSigma,
      double upperTwoSigma,
      double lowerOneSigma,
      double upperOneSigma) {}

  /** A point of the chart (numbered from 1), its limits and whether it is a special cause. */
  public record ControlChartPoint(
      int point,
      @JsonInclude(NON_NULL) String period,
      double value,
      Double mean,
      Double lowerProcessLimit,
      Double upperProcessLimit,
      boolean specialCause,
      String rule,
      String type) {}
}
