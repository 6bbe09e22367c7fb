package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.MetricAmbition;
import bcf.round.MetricDefinition;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.math.BigDecimal;
import java.math.MathContext;
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
      Optional<MetricDefinition> definition = context.round().metric(metric.metric());
      String type =
          metric.definition() != null && metric.definition().type() != null
              ? metric.definition().type()
              : definition.map(MetricDefinition::type).orElse(null);
      BigDecimal multiplier =
          metric.definition() != null && metric.definition().multiplier() != null
              ? metric.definition().multiplier()
              : definition.map(MetricDefinition::multiplier).orElse(null);
      if (type == null || multiplier == null) {
        continue;
      }
      String at = "metrics[" + i + "]";
      String name =
          metric.name() != null
              ? metric.name()
              : definition.map(MetricDefinition::name).orElse(metric.metric());
      check(findings, parameters, at + ".baseline", name, type, multiplier, metric.baseline());
      for (int t = 0; t < metric.targets().size(); t++) {
        check(
            findings,
            parameters,
            at + ".targets[" + t + "]",
            name,
            type,
            multiplier,
            metric.targets().get(t));
      }
      for (int a = 0; a < metric.actuals().size(); a++) {
        check(
            findings,
            parameters,
            at + ".actuals[" + a + "]",
            name,
            type,
            multiplier,
            metric.actuals().get(a));
      }
    }
    return findings;
  }

  private static void check(
      List<Finding> findings,
      RuleParameters parameters,
      String at,
      String name,
      String type,
      BigDecimal multiplier,
      MetricAmbition.Observation observation) {
    if (observation == null || observation.value() == null || observation.numerator() == null) {
      return;
    }
    BigDecimal computed;
    if (type.equals("count")) {
      computed = observation.numerator();
    } else {
      if (observation.denominator() == null) {
        return;
      }
      if (observation.denominator().signum() == 0) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".denominator",
                name + ": the denominator is zero."));
        return;
      }
      computed =
          observation
              .numerator()
              .multiply(multiplier)
              .divide(observation.denominator(), MathContext.DECIMAL64);
    }
    BigDecimal stated = observation.value();
    int places = Math.max(0, stated.scale());
    BigDecimal rounded = computed.setScale(places, RoundingMode.HALF_UP);
    if (rounded.compareTo(stated) != 0) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              at + ".value",
              name
                  + ": the stated value "
                  + stated.toPlainString()
                  + " does not match "
                  + observation.numerator().toPlainString()
                  + (type.equals("count")
                      ? ""
                      : " / "
                          + observation.denominator().toPlainString()
                          + " x "
                          + multiplier.stripTrailingZeros().toPlainString())
                  + " = "
                  + computed.setScale(Math.max(places + 2, 2), RoundingMode.HALF_UP).toPlainString()
                  + ".",
              observation.period() == null ? null : observation.period().startYear(),
              stated,
              rounded));
    }
  }
}
