package bcf.metric;

import bcf.kernel.Period;
import bcf.statistics.chart.PlanActualChart;
import bcf.statistics.chart.SpcChart;
import bcf.statistics.spc.SpcResult;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The charts of a metric assessment: plan against actual (the baseline first, then every actual
 * with its plan, 95% interval and RAG, then the plan's later periods of the same kind), and the
 * control chart of the actual series.
 */
public final class MetricCharts {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

  private MetricCharts() {}

  public static PlanActualChart planActual(MetricAssessment assessment) {
    List<PlanActualChart.Period> periods = new ArrayList<>();
    Observed baseline = assessment.baseline();
    if (baseline != null && baseline.hasValue()) {
      periods.add(
          new PlanActualChart.Period(
              "Baseline " + label(baseline.period()),
              null,
              baseline.value(),
              finite(baseline.ci95().lower()),
              finite(baseline.ci95().upper()),
              null));
    }
    TreeMap<Period, PlanActualChart.Period> series = new TreeMap<>();
    Map<Period.Kind, Integer> kinds = new HashMap<>();
    for (Observed o : assessment.actuals()) {
      kinds.merge(o.period().kind(), 1, Integer::sum);
      series.put(
          o.period(),
          new PlanActualChart.Period(
              o.period().toString(),
              o.plan(),
              o.hasValue() ? o.value() : null,
              finite(o.ci95().lower()),
              finite(o.ci95().upper()),
              o.rag() == null ? null : o.rag().code()));
    }
    Period.Kind kind =
        kinds.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    for (MetricAssessment.PlanValue value : assessment.plan()) {
      if ((kind == null || value.period().kind() == kind) && !series.containsKey(value.period())) {
        series.put(
            value.period(),
            new PlanActualChart.Period(
                value.period().toString(), value.value(), null, null, null, null));
      }
    }
    periods.addAll(series.values());
    return new PlanActualChart(
        assessment.spec().name() + ": plan and actual", assessment.spec().unit(), periods);
  }

  /** The control chart; an empty one when the series is too short for it. */
  public static SpcChart spc(MetricAssessment assessment) {
    SpcResult spc = assessment.spc();
    if (spc == null) {
      return new SpcChart(
          assessment.spec().name() + ": no control chart (" + assessment.spcNote() + ")",
          assessment.spec().unit(),
          List.of());
    }
    return SpcChart.of(
        assessment.spec().name() + ": statistical process control", assessment.spec().unit(), spc);
  }

  /**
   * A period as a chart labels it: a window of months in words ("Jan–May 2017", "Dec 2016–Feb
   * 2017"), short enough to sit under the axis; other periods as written.
   */
  static String label(Period period) {
    if (period.kind() != Period.Kind.RANGE) {
      return period.toString();
    }
    YearMonth first = period.first();
    YearMonth last = period.last();
    String from =
        MONTH.format(first) + (first.getYear() == last.getYear() ? "" : " " + first.getYear());
    return from + "\u2013" + MONTH.format(last) + " " + last.getYear();
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
