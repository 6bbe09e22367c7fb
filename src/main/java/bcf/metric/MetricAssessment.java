package bcf.metric;

import bcf.kernel.Period;
import bcf.statistics.spc.SpcResult;
import java.util.List;
import java.util.Optional;

/**
 * "Are we on track?" for one HWB and metric: the baseline, the plan per period (targets and the
 * trajectory), every actual with its judgements, the recent trend and the control chart. {@code
 * spc} is null when the series is too short or not periodic, and {@code spcNote} says why.
 */
public record MetricAssessment(
    String hwb,
    MetricSpec spec,
    Observed baseline,
    List<PlanValue> plan,
    List<Observed> actuals,
    RecentTrend trend,
    SpcResult spc,
    String spcNote) {

  /** A planned value: a target (with the payment it underpins, if any) or a trajectory month. */
  public record PlanValue(
      Period period, String label, double value, String payment, String source) {}

  /** The most recent actual with a value. */
  public Optional<Observed> latest() {
    for (int i = actuals.size() - 1; i >= 0; i--) {
      if (actuals.get(i).hasValue()) {
        return Optional.of(actuals.get(i));
      }
    }
    return Optional.empty();
  }
}
