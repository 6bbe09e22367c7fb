package bcf.metric;

import bcf.plan.MetricAmbition;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How a metric's value follows from its numerator and denominator: numerator / denominator x
 * multiplier, or the numerator itself for a count. The plan's own definition (a local metric)
 * overrides the round's.
 */
public record MetricValues(String name, String type, BigDecimal multiplier) {

  /**
   * The effective definition of a plan's metric, or empty when neither the plan nor the round says.
   */
  public static Optional<MetricValues> of(MetricAmbition metric, Round round) {
    Optional<MetricDefinition> definition = round.metric(metric.metric());
    MetricAmbition.Definition own = metric.definition();
    String type =
        own != null && own.type() != null
            ? own.type()
            : definition.map(MetricDefinition::type).orElse(null);
    BigDecimal multiplier =
        own != null && own.multiplier() != null
            ? own.multiplier()
            : definition.map(MetricDefinition::multiplier).orElse(null);
    String name =
        metric.name() != null
            ? metric.name()
            : definition.map(MetricDefinition::name).orElse(metric.metric());
    if (type == null || multiplier == null) {
      return Optional.empty();
    }
    return Optional.of(new MetricValues(name, type, multiplier));
  }

  public boolean isCount() {
    return type.equals("count");
  }

  /** The value computed from an observation's numerator and denominator, unrounded. */
  public Optional<BigDecimal> compute(MetricAmbition.Observation observation) {
    if (observation.numerator() == null) {
      return Optional.empty();
    }
    if (isCount()) {
      return Optional.of(observation.numerator());
    }
    if (observation.denominator() == null || observation.denominator().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        observation
            .numerator()
            .multiply(multiplier)
            .divide(observation.denominator(), MathContext.DECIMAL64));
  }
}
