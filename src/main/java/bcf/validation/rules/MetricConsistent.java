package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.metric.MetricSpec;
import bcf.plan.MetricAmbition;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A metric value the plan states equals its numerator / denominator x multiplier (the numerator
 * itself for a count), to the precision the plan states it: 673.5 for 703 / 104,380 per 100,000.
 */
public final class MetricConsistent implements Rule {

  public static final String ID = "metric-consistent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    List<MetricAmbition> metrics = context.plan().metrics();
    for (int i = 0; i < metrics.size(); i++) {
      MetricAmbition metric = metrics.get(i);
      Optional<MetricSpec> values = MetricSpec.of(metric, context.round());
      if (values.isEmpty()) {
        continue;
      }
      String at = "metrics[" + i + "]";
      check(findings, parameters, at + ".baseline", values.get(), metric.baseline());
      for (int t = 0; t < metric.targets().size(); t++) {
        check(
            findings,
            parameters,
            at + ".targets[" + t + "]",
            values.get(),
            metric.targets().get(t));
      }
      for (int a = 0; a < metric.actuals().size(); a++) {
        check(
            findings,
            parameters,
            at + ".actuals[" + a + "]",
            values.get(),
            metric.actuals().get(a));
      }
    }
    return findings;
  }

  private static void check(
      List<Finding> findings,
      RuleParameters parameters,
      String at,
      MetricSpec values,
      MetricAmbition.Observation observation) {
    if (observation == null || observation.value() == null || observation.numerator() == null) {
      return;
    }
    if (!values.isCount()
        && observation.denominator() != null
        && observation.denominator().signum() == 0) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              at + ".denominator",
              values.name() + ": the denominator is zero."));
      return;
    }
    Optional<BigDecimal> computed = values.compute(observation);
    if (computed.isEmpty()) {
      return;
    }
    BigDecimal stated = observation.value();
    int places = Math.max(0, stated.scale());
    BigDecimal rounded = computed.get().setScale(places, RoundingMode.HALF_UP);
    if (rounded.compareTo(stated) != 0) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              at + ".value",
              values.name()
                  + ": the stated value "
                  + stated.toPlainString()
                  + " does not match "
                  + observation.numerator().toPlainString()
                  + (values.isCount()
                      ? ""
                      : " / "
                          + observation.denominator().toPlainString()
                          + " x "
                          + values.multiplier().stripTrailingZeros().toPlainString())
                  + " = "
                  + computed.get().setScale(places + 2, RoundingMode.HALF_UP).toPlainString()
                  + ".",
              observation.period() == null ? null : observation.period().startYear(),
              stated,
              rounded));
    }
  }
}
