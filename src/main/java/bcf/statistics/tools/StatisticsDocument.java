package bcf.statistics.tools;

import bcf.statistics.Interval;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.tools.StatisticsRecords.ControlChart;
import bcf.statistics.tools.StatisticsRecords.ControlChartPoint;
import bcf.statistics.tools.StatisticsRecords.ControlChartSegment;
import bcf.statistics.tools.StatisticsRecords.IntervalResult;
import java.util.List;

/**
 * The JSON form of the statistics tools, one shape for the command line ({@code bcf metrics compute
 * --format json}, {@code bcf metrics spc --format json}) and the API ({@code POST
 * /api/v1/metrics/compute}, {@code POST /api/v1/metrics/spc}): the records of {@link
 * StatisticsRecords}. Values are full-precision numbers; a value that is not published (an interval
 * with no lower limit, say) is null.
 */
public final class StatisticsDocument {

  private StatisticsDocument() {}

  /** One result per row or group, with the value, its interval and the method. */
  public static List<IntervalResult> intervals(List<IntervalsCsv.Result> results) {
    return results.stream()
        .map(
            result -> {
              Interval interval = result.interval();
              boolean mean = result.n() != null;
              return new IntervalResult(
                  result.group(),
                  result.group() != null ? null : result.row(),
                  number(interval.value()),
                  number(interval.lower()),
                  number(interval.upper()),
                  interval.method(),
                  interval.confidence(),
                  result.n(),
                  mean ? null : result.numerator(),
                  mean ? null : result.denominator(),
                  interval.note());
            })
        .toList();
  }

  /** The chart: limits, icons, options, segments and every point with its special cause. */
  public static ControlChart spc(SpcResult result, SpcCsv.Series series) {
    SpcOptions options = result.options();
    List<ControlChartSegment> segments =
        result.segments().stream()
            .map(
                segment ->
                    new ControlChartSegment(
                        series.name(segment.start()),
                        segment.size(),
                        segment.basedOn(),
                        segment.mean(),
                        segment.amr(),
                        segment.screenedOut(),
                        segment.lowerProcessLimit(),
                        segment.upperProcessLimit(),
                        segment.lowerTwoSigma(),
                        segment.upperTwoSigma(),
                        segment.lowerOneSigma(),
                        segment.upperOneSigma()))
            .toList();
    List<ControlChartPoint> points =
        result.points().stream()
            .map(
                point ->
                    new ControlChartPoint(
                        point.index() + 1,
                        point.label(),
                        point.value(),
                        number(point.mean()),
                        number(point.lowerProcessLimit()),
                        number(point.upperProcessLimit()),
                        point.specialCause(),
                        point.rule(),
                        point.type()))
            .toList();
    return new ControlChart(
        number(result.mean()),
        number(result.lowerProcessLimit()),
        number(result.upperProcessLimit()),
        result.variation(),
        result.assurance(),
        options.polarity().code(),
        options.target() == null ? null : options.target().doubleValue(),
        options.screening(),
        options.fixAfter() == null ? null : options.fixAfter().intValue(),
        segments,
        points);
  }

  /** A value, or null where it is not a number (not published). */
  private static Double number(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
