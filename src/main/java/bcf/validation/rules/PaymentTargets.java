package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.MetricAmbition;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.round.MetricDefinition;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Targets are set where a payment depends on them: every target the plan ties to a payment point
 * has a value, and every metric the round pays for performance on has a target (or, for emergency
 * admissions, each HWB's planned reduction) once the plan takes it on.
 */
public final class PaymentTargets implements Rule {

  public static final String ID = "payment-targets";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < plan.metrics().size(); i++) {
      MetricAmbition ambition = plan.metrics().get(i);
      Set<String> blank = new LinkedHashSet<>();
      for (MetricAmbition.Observation target : ambition.targets()) {
        if (target.payment() != null && !target.payment().isBlank() && target.value() == null) {
          blank.add(target.payment().strip());
        }
      }
      if (!blank.isEmpty()) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "metrics[" + i + "].targets",
                (blank.size() == 1 ? "The target" : "The targets")
                    + " for '"
                    + name(context, ambition)
                    + "' underpinning the "
                    + String.join(" and ", blank)
                    + (blank.size() == 1 ? " payment is blank." : " payments are blank.")));
      }
    }
    for (MetricDefinition metric : context.round().metrics()) {
      if (!metric.paymentForPerformance() || !takesOn(plan, metric.code())) {
        continue;
      }
      boolean target =
          plan.metrics().stream()
              .filter(m -> metric.code().equals(m.metric()))
              .flatMap(m -> m.targets().stream())
              .anyMatch(t -> t.value() != null);
      if (!target && !reductionsPlanned(plan)) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "metrics",
                "The round pays for performance on '"
                    + metric.name()
                    + "', but the plan gives no target for it (no target value and no planned"
                    + " reduction for each HWB)."));
      }
    }
    return findings;
  }

  /** The plan has taken the metric on: it lists it, or sets out payment for performance. */
  private static boolean takesOn(Plan plan, String metric) {
    return plan.metrics().stream().anyMatch(m -> metric.equals(m.metric()))
        || (plan.paymentForPerformance() != null
            && !plan.paymentForPerformance().byHwb().isEmpty());
  }

  private static boolean reductionsPlanned(Plan plan) {
    PaymentForPerformance p4p = plan.paymentForPerformance();
    return p4p != null
        && !p4p.byHwb().isEmpty()
        && p4p.byHwb().stream().allMatch(r -> r.plannedReduction() != null);
  }

  private static String name(PlanContext context, MetricAmbition ambition) {
    if (ambition.name() != null && !ambition.name().isBlank()) {
      return ambition.name().strip();
    }
    return context
        .round()
        .metric(ambition.metric())
        .map(MetricDefinition::name)
        .orElse(ambition.metric());
  }
}
