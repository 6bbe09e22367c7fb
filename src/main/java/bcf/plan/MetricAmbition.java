package bcf.plan;

import bcf.kernel.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/** A metric's baseline, targets, trajectory and actuals for the plan (or one HWB of it). */
public record MetricAmbition(
    String hwb,
    String metric,
    String name,
    String description,
    Definition definition,
    Observation baseline,
    List<Observation> targets,
    Trajectory trajectory,
    List<Observation> actuals,
    String notes) {

  /** For a local metric, or where the plan measures differently from the round's definition. */
  public record Definition(String type, BigDecimal multiplier, String polarity, String unit) {}

  /**
   * A value for a period, with its numerator and denominator where given. {@code payment} names the
   * payment point a target underpins.
   */
  public record Observation(
      Period period,
      String periodLabel,
      String payment,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value) {}

  /** How the plan gets from its baseline to its target. */
  public record Trajectory(
      String method,
      Point from,
      Point to,
      Period startPeriod,
      Period heldUntil,
      SortedMap<Period, BigDecimal> values) {}

  public record Point(Period period, BigDecimal value) {}
}
