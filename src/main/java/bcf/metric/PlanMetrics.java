package bcf.metric;

import bcf.kernel.FinancialYear;
import bcf.kernel.Period;
import bcf.plan.Hwb;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics a plan sets ambitions for, per HWB: in a joint plan an ambition without an HWB
 * applies to every HWB of the plan, and one with an HWB only to that one. Also the span of periods
 * the plan accepts actuals for: its own financial years and the {@value #HISTORY_YEARS} years
 * before them, where baselines lie and control charts find their first points, and enough for a
 * recent trend over five whole financial years while a one-year plan's own year is still running.
 */
public final class PlanMetrics {

  public static final int HISTORY_YEARS = 5;

  /** One HWB's ambition for one metric, with how the metric is measured. */
  public record Entry(String hwb, MetricAmbition ambition, MetricSpec spec) {}

  private final Plan plan;
  private final Map<String, Map<String, Entry>> byHwb = new LinkedHashMap<>();
  private final Period span;

  public PlanMetrics(Plan plan, Round round) {
    this.plan = plan;
    for (Hwb hwb : plan.hwbs()) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (MetricAmbition ambition : plan.metrics()) {
        if (ambition.hwb() != null && !ambition.hwb().equals(hwb.id())) {
          continue;
        }
        Optional<MetricSpec> spec = MetricSpec.of(ambition, round);
        if (spec.isEmpty() || !spec.get().measurable()) {
          continue;
        }
        // An HWB's own ambition wins over the plan-wide one for the same metric.
        if (ambition.hwb() != null || !entries.containsKey(ambition.metric())) {
          entries.put(ambition.metric(), new Entry(hwb.id(), ambition, spec.get()));
        }
      }
      byHwb.put(hwb.id(), entries);
    }
    this.span = spanOf(plan.years().isEmpty() ? round.years() : plan.years());
  }

  /** The plan's years (the round's, when the plan states none) and the years before them. */
  private static Period spanOf(List<FinancialYear> planYears) {
    List<FinancialYear> years = planYears.stream().sorted(Comparator.naturalOrder()).toList();
    if (years.isEmpty()) {
      return null;
    }
    FinancialYear first = years.get(0);
    for (int i = 0; i < HISTORY_YEARS; i++) {
      first = first.previous();
    }
    return new Period(
        Period.Kind.RANGE, first.firstMonth(), years.get(years.size() - 1).lastMonth());
  }

  public Plan plan() {
    return plan;
  }

  public List<String> hwbs() {
    return new ArrayList<>(byHwb.keySet());
  }

  /** The HWB's measurable metrics, in the plan's order. */
  public List<Entry> entries(String hwb) {
    return List.copyOf(byHwb.getOrDefault(hwb, Map.of()).values());
  }

  public Optional<Entry> entry(String hwb, String metric) {
    return Optional.ofNullable(byHwb.getOrDefault(hwb, Map.of()).get(metric));
  }

  /** The metric codes any HWB of the plan measures. */
  public List<String> metricCodes() {
    return byHwb.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
  }

  /** The months actuals may fall in; null when the plan states no years. */
  public Period span() {
    return span;
  }

  public boolean inSpan(Period period) {
    return span != null
        && !period.first().isBefore(span.first())
        && !period.last().isAfter(span.last());
  }
}
