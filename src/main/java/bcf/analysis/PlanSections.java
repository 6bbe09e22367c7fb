package bcf.analysis;

import bcf.analysis.SummaryRecords.SummaryCondition;
import bcf.analysis.SummaryRecords.SummaryMetric;
import bcf.analysis.SummaryRecords.SummaryObservation;
import bcf.analysis.SummaryRecords.SummaryRisk;
import bcf.analysis.SummaryRecords.SummarySignOff;
import bcf.analysis.SummaryRecords.SummaryTrajectory;
import bcf.metric.MetricSpec;
import bcf.metric.Trajectories;
import bcf.plan.ConditionAnswer;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.plan.SignOff;
import bcf.round.Round;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The non-financial parts of the summary: conditions, metrics, risks, sign-offs. */
final class PlanSections {

  private PlanSections() {}

  static List<SummaryCondition> conditions(Plan plan) {
    return plan.nationalConditions().stream().map(PlanSections::condition).toList();
  }

  private static SummaryCondition condition(ConditionAnswer answer) {
    return new SummaryCondition(
        answer.hwb(),
        answer.condition(),
        answer.subItem(),
        answer.status() == null ? "not-answered" : code(answer.status()),
        answer.answer() == null ? null : code(answer.answer()),
        answer.expectedDate() == null ? null : answer.expectedDate().toString(),
        answer.regionalPercentMet());
  }

  static List<SummaryMetric> metrics(Plan plan, Round round) {
    return plan.metrics().stream().map(metric -> metric(metric, round)).toList();
  }

  private static SummaryMetric metric(MetricAmbition metric, Round round) {
    Optional<MetricSpec> values = MetricSpec.of(metric, round);
    SummaryTrajectory trajectory = null;
    if (metric.trajectory() != null) {
      Map<String, BigDecimal> monthly = new LinkedHashMap<>();
      Trajectories.monthly(metric.trajectory())
          .forEach((month, value) -> monthly.put(month.toString(), value));
      trajectory = new SummaryTrajectory(metric.trajectory().method(), monthly);
    }
    return new SummaryMetric(
        metric.hwb(),
        metric.metric(),
        values.map(MetricSpec::name).orElse(metric.metric()),
        metric.baseline() == null ? null : observation(metric.baseline(), values),
        metric.targets().stream().map(t -> observation(t, values)).toList(),
        metric.actuals().stream().map(a -> observation(a, values)).toList(),
        trajectory);
  }

  private static SummaryObservation observation(
      MetricAmbition.Observation observation, Optional<MetricSpec> values) {
    BigDecimal computed =
        values
            .flatMap(v -> v.compute(observation))
            .map(
                value -> {
                  int places =
                      observation.value() != null ? Math.max(observation.value().scale(), 0) : 1;
                  return value.setScale(places, RoundingMode.HALF_UP);
                })
            .orElse(null);
    return new SummaryObservation(
        observation.period() == null ? null : observation.period().toString(),
        observation.periodLabel(),
        observation.payment(),
        observation.numerator(),
        observation.denominator(),
        observation.value(),
        computed);
  }

  static List<SummaryRisk> risks(Plan plan) {
    return plan.risks().stream()
        .map(
            (Risk risk) ->
                new SummaryRisk(
                    risk.id(),
                    risk.hwb(),
                    risk.description(),
                    risk.likelihood(),
                    risk.impact(),
                    risk.score(),
                    risk.rating(),
                    risk.level()))
        .toList();
  }

  static List<SummarySignOff> signOffs(Plan plan) {
    return plan.signOffs().stream()
        .map(
            (SignOff signOff) ->
                new SummarySignOff(
                    signOff.onBehalfOf(),
                    signOff.role(),
                    signOff.name(),
                    signOff.date() == null ? null : signOff.date().toString(),
                    signOff.isSigned()))
        .toList();
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
