package bcf.actuals.web;

import bcf.actuals.MetricsService;
import bcf.actuals.web.MetricsRecords.ActualsImport;
import bcf.actuals.web.MetricsRecords.ConfidenceInterval;
import bcf.actuals.web.MetricsRecords.ControlChartSummary;
import bcf.actuals.web.MetricsRecords.Growth;
import bcf.actuals.web.MetricsRecords.HwbMetrics;
import bcf.actuals.web.MetricsRecords.MetricDetail;
import bcf.actuals.web.MetricsRecords.MetricOverview;
import bcf.actuals.web.MetricsRecords.MetricPlanValue;
import bcf.actuals.web.MetricsRecords.ObservedValue;
import bcf.actuals.web.MetricsRecords.PlanMetrics;
import bcf.metric.MetricAssessment;
import bcf.metric.Observed;
import bcf.statistics.Interval;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.tools.SpcCsv;
import bcf.statistics.tools.StatisticsDocument;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of metric assessments ({@link MetricsRecords}): values and limits as full-precision
 * numbers (null where not published), periods in their written form, RAG, comparison, trend and the
 * control chart.
 */
public final class MetricsDocument {

  private MetricsDocument() {}

  /** The whole view: each HWB with its metrics, and the imports. */
  public static PlanMetrics of(MetricsService.MetricsView view) {
    List<HwbMetrics> hwbs =
        view.metrics().hwbs().stream()
            .map(
                hwb ->
                    new HwbMetrics(
                        hwb,
                        view.plan().plan().hwb(hwb).map(h -> h.name()).orElse(null),
                        view.of(hwb).stream().map(MetricsDocument::overview).toList()))
            .toList();
    List<ActualsImport> imports =
        view.imports().stream()
            .map(
                i ->
                    new ActualsImport(
                        i.id(), i.fileName(), i.rows(), i.importedBy(), i.importedAt().toString()))
            .toList();
    return new PlanMetrics(
        view.plan().record().id(), view.plan().version(), view.actualsShown(), hwbs, imports);
  }

  /** An assessment in summary: how many actuals, and the control chart's limits and icons. */
  public static MetricOverview overview(MetricAssessment a) {
    SpcResult spc = a.spc();
    return new MetricOverview(
        a.hwb(),
        a.spec().code(),
        a.spec().name(),
        a.spec().kind().code(),
        a.spec().multiplier(),
        a.spec().unit(),
        a.spec().polarity().code(),
        a.spec().periodType(),
        a.baseline() == null ? null : observed(a.baseline()),
        plan(a),
        a.latest().map(MetricsDocument::observed).orElse(null),
        trend(a),
        a.trend().trend().describe(a.spec().polarity()),
        trendYears(a),
        a.actuals().size(),
        spc == null
            ? null
            : new ControlChartSummary(
                number(spc.mean()),
                number(spc.lowerProcessLimit()),
                number(spc.upperProcessLimit()),
                spc.variation(),
                spc.assurance()),
        spc == null ? a.spcNote() : null);
  }

  /** An assessment in full: every actual and the control chart's points. */
  public static MetricDetail detail(MetricAssessment a) {
    SpcResult spc = a.spc();
    return new MetricDetail(
        a.hwb(),
        a.spec().code(),
        a.spec().name(),
        a.spec().kind().code(),
        a.spec().multiplier(),
        a.spec().unit(),
        a.spec().polarity().code(),
        a.spec().periodType(),
        a.baseline() == null ? null : observed(a.baseline()),
        plan(a),
        a.latest().map(MetricsDocument::observed).orElse(null),
        trend(a),
        a.trend().trend().describe(a.spec().polarity()),
        trendYears(a),
        a.actuals().stream().map(MetricsDocument::observed).toList(),
        spc == null ? null : StatisticsDocument.spc(spc, SpcCsv.Series.of(spc)),
        spc == null ? a.spcNote() : null);
  }

  private static List<MetricPlanValue> plan(MetricAssessment a) {
    return a.plan().stream()
        .map(
            value ->
                new MetricPlanValue(
                    value.period().toString(),
                    value.label(),
                    value.value(),
                    value.source(),
                    value.payment()))
        .toList();
  }

  private static String trend(MetricAssessment a) {
    return a.trend().trend().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> trendYears(MetricAssessment a) {
    return a.trend().years().stream().map(Object::toString).toList();
  }

  static ObservedValue observed(Observed o) {
    Growth growth =
        o.growth() == null
            ? null
            : new Growth(
                o.growth().previous().toString(),
                number(o.growth().previousValue()),
                number(o.growth().change()),
                number(o.growth().percent()),
                number(o.growth().weeklyVolume()),
                number(o.growth().weeklyChange()));
    return new ObservedValue(
        o.period().toString(),
        o.label(),
        o.source(),
        o.numerator(),
        o.denominator(),
        number(o.ci95().value()),
        interval(o.ci95()),
        interval(o.ci998()),
        number(o.plan()),
        number(o.variance()),
        number(o.variancePercent()),
        o.rag() == null ? null : o.rag().code(),
        o.ragNote(),
        number(o.benchmark()),
        o.comparison() == null ? null : o.comparison().description(),
        growth);
  }

  private static ConfidenceInterval interval(Interval interval) {
    return new ConfidenceInterval(
        number(interval.lower()),
        number(interval.upper()),
        interval.method(),
        interval.confidence(),
        interval.note());
  }

  /** A value, or null where it is not a finite number (not published). */
  static Double number(Double value) {
    return value == null || value.isNaN() || value.isInfinite() ? null : value;
  }
}
