package bcf.actuals.web;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import bcf.statistics.tools.StatisticsRecords.ControlChart;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The metrics answers of the API as records, built by {@link MetricsDocument}: values and limits as
 * full-precision numbers (null where not published), periods in their written form, RAG,
 * comparison, trend and the control chart.
 */
public final class MetricsRecords {

  private MetricsRecords() {}

  /** A plan's metrics: each HWB with its metrics assessed, and the imports of actuals. */
  public record PlanMetrics(
      String plan,
      int version,
      boolean actualsShown,
      List<HwbMetrics> hwbs,
      List<ActualsImport> imports) {}

  /** An HWB (its id and name) and its metrics. */
  public record HwbMetrics(
      String hwb, @JsonInclude(NON_NULL) String name, List<MetricOverview> metrics) {}

  /** A file of actuals imported into the plan: by whom, when and how many rows. */
  public record ActualsImport(
      long id, String fileName, int rows, String importedBy, String importedAt) {}

  /** The answer to importing actuals: the import's id, its rows and the rows it replaced. */
  public record ActualsImported(long importId, int rows, int replaced) {}

  /**
   * A metric assessed, in summary: the metric, its baseline, plan values, latest actual (with
   * interval, RAG and comparison), trend, how many actuals, and the control chart's limits and
   * icons (or, without a chart, {@code spcNote} saying why).
   */
  public record MetricOverview(
      String hwb,
      String metric,
      String name,
      String type,
      BigDecimal multiplier,
      String unit,
      String polarity,
      String periodType,
      ObservedValue baseline,
      List<MetricPlanValue> plan,
      ObservedValue latest,
      String trend,
      String trendDescription,
      List<String> trendYears,
      int actualCount,
      ControlChartSummary spc,
      @JsonInclude(NON_NULL) String spcNote) {}

  /**
   * A metric assessed, in full: as {@link MetricOverview} but with every actual and the whole
   * control chart (the shape of {@code bcf metrics spc --format json}).
   */
  public record MetricDetail(
      String hwb,
      String metric,
      String name,
      String type,
      BigDecimal multiplier,
      String unit,
      String polarity,
      String periodType,
      ObservedValue baseline,
      List<MetricPlanValue> plan,
      ObservedValue latest,
      String trend,
      String trendDescription,
      List<String> trendYears,
      List<ObservedValue> actuals,
      ControlChart spc,
      @JsonInclude(NON_NULL) String spcNote) {}

  /** A value the plan sets for a period: a target, trajectory point or baseline. */
  public record MetricPlanValue(
      String period, String label, double value, String source, String payment) {}

  /**
   * A measured value for a period: numerator and denominator, the value with its 95% and 99.8%
   * intervals, the plan's value and the variance, RAG, benchmark comparison and growth.
   */
  public record ObservedValue(
      String period,
      String label,
      String source,
      BigDecimal numerator,
      BigDecimal denominator,
      Double value,
      ConfidenceInterval ci95,
      ConfidenceInterval ci998,
      Double plan,
      Double variance,
      Double variancePercent,
      String rag,
      String ragNote,
      Double benchmark,
      String comparison,
      Growth growth) {}

  /** A confidence interval: its limits (null where not published), method and level. */
  public record ConfidenceInterval(
      Double lower, Double upper, String method, double confidence, String note) {}

  /** The change from the previous period, and as weekly volumes. */
  public record Growth(
      String previousPeriod,
      Double previousValue,
      Double change,
      Double percent,
      Double weeklyVolume,
      Double weeklyChange) {}

  /** A control chart in summary: its limits and icons. */
  public record ControlChartSummary(
      Double mean,
      Double lowerProcessLimit,
      Double upperProcessLimit,
      String variation,
      String assurance) {}
}
