package bcf.metric;

import bcf.kernel.Period;
import bcf.kernel.Polarity;
import bcf.plan.MetricAmbition;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A plan's metric as it is measured: its kind and multiplier (numerator / denominator x multiplier,
 * or the numerator itself for a count), which direction is good, and the periods it is reported
 * over. The plan's own definition (a local metric, or a plan that measures differently) overrides
 * the round's; this is the one place that decides it.
 */
public record MetricSpec(
    String code,
    String name,
    String type,
    MetricKind kind,
    BigDecimal multiplier,
    Polarity polarity,
    String periodType,
    MetricDefinition.Window window,
    String unit) {

  /**
   * The effective definition of a plan's metric, or empty when neither the plan nor the round says
   * how it is computed.
   */
  public static Optional<MetricSpec> of(MetricAmbition metric, Round round) {
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
    String polarity =
        own != null && own.polarity() != null
            ? own.polarity()
            : definition.map(MetricDefinition::polarity).orElse(null);
    String name =
        metric.name() != null
            ? metric.name()
            : definition.map(MetricDefinition::name).orElse(metric.metric());
    if (type == null || multiplier == null) {
      return Optional.empty();
    }
    String unit = own != null && own.unit() != null ? own.unit() : unitOf(type, multiplier);
    return Optional.of(
        new MetricSpec(
            metric.metric(),
            name,
            type,
            MetricKind.ofType(type),
            multiplier,
            polarityOf(polarity),
            definition.map(MetricDefinition::periodType).orElse("custom"),
            definition.map(MetricDefinition::window).orElse(null),
            unit));
  }

  private static Polarity polarityOf(String text) {
    try {
      return Polarity.parse(text);
    } catch (IllegalArgumentException e) {
      return Polarity.NO_JUDGEMENT;
    }
  }

  private static String unitOf(String type, BigDecimal multiplier) {
    MetricKind kind = MetricKind.ofType(type);
    if (kind == MetricKind.PROPORTION && multiplier.compareTo(BigDecimal.valueOf(100)) == 0) {
      return "%";
    }
    if ((kind == MetricKind.CRUDE_RATE || kind == MetricKind.DSR)
        && multiplier.compareTo(BigDecimal.ONE) > 0) {
      return "per " + String.format("%,d", multiplier.longValue());
    }
    return "";
  }

  public boolean isCount() {
    return kind == MetricKind.COUNT;
  }

  /** Whether the statistics know how to treat it (a local metric without a definition does not). */
  public boolean measurable() {
    return kind != null;
  }

  /** The value computed from an observation's numerator and denominator, unrounded. */
  public Optional<BigDecimal> compute(MetricAmbition.Observation observation) {
    return compute(observation.numerator(), observation.denominator());
  }

  /** numerator / denominator x multiplier, or the numerator of a count; empty if not computable. */
  public Optional<BigDecimal> compute(BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null) {
      return Optional.empty();
    }
    if (isCount()) {
      return Optional.of(numerator);
    }
    if (denominator == null || denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(multiplier).divide(denominator, MathContext.DECIMAL64));
  }

  /**
   * Why an actual for {@code period} does not fit the metric's period type, or empty when it does:
   * a monthly metric takes months, a quarterly one quarters ({@code 2017-18 Q2}), an annual one
   * financial years; a custom metric with a window (October-December discharges) takes the window's
   * months in one year, or the financial year the window falls in; a custom one without a window
   * takes any period.
   */
  public Optional<String> periodProblem(Period period) {
    switch (periodType) {
      case "month":
        return period.kind() == Period.Kind.MONTH
            ? Optional.empty()
            : Optional.of(name + " is reported by month: write the period as 2017-07");
      case "quarter":
        return period.kind() == Period.Kind.QUARTER
            ? Optional.empty()
            : Optional.of(name + " is reported by quarter: write the period as 2017-18 Q2");
      case "financial-year":
        return period.kind() == Period.Kind.FINANCIAL_YEAR
            ? Optional.empty()
            : Optional.of(name + " is reported by financial year: write the period as 2017-18");
      default:
        if (window == null || window.fits(period)) {
          return Optional.empty();
        }
        return Optional.of(
            name
                + " covers "
                + window.label()
                + ": write the financial year (2014-15) or the window's months ("
                + window.example()
                + ")");
    }
  }
}
